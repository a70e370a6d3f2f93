#!/usr/bin/env bash
# The shell completions and man pages must follow marketdesk-cli's real --help: every command,
# subcommand and long option it lists is completed by the bash and zsh files, the bash
# completion really answers in a plain bash, the zsh file parses, and each man page template
# formats without a warning, the CLI's page with an example for every command. The reference
# SaaS server's page describes every option of its --help; that program is found beside the CLI
# in the same build tree (CLI_DIR/../sandbox/reference/), and this part is skipped, saying so,
# when it is not there.
# Arguments: the repository root and the built marketdesk-cli.
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 REPOSITORY_ROOT MARKETDESK_CLI" >&2
    exit 2
fi
root=$1
cli=$2
bash_file=$root/packaging/completions/marketdesk-cli.bash
zsh_file=$root/packaging/completions/_marketdesk-cli
man_dir=$root/packaging/man
me=check_completions

# One page per installed program (packaging/CMakeLists.txt); any other *.1.in is checked too.
man_pages=(marketdesk marketdesk-cli marketdesk-sandbox marketdesk-reference-saas)
for f in "$bash_file" "$zsh_file"; do
    [[ -f $f ]] || { echo "$me: $f is missing" >&2; exit 1; }
done
for name in "${man_pages[@]}"; do
    f=$man_dir/$name.1.in
    [[ -f $f ]] || { echo "$me: $f is missing" >&2; exit 1; }
done
[[ -x $cli ]] || { echo "$me: $cli is not an executable" >&2; exit 1; }
reference=$(dirname "$cli")/../sandbox/reference/marketdesk-reference-saas

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=()
fail() { failures+=("$*"); echo "$me: FAIL: $*" >&2; }

# --- What --help lists -----------------------------------------------------------------------
# English whatever the machine's locale, so that the words compared are the program's own.
help=$("$cli" --lang en --help) || { echo "$me: $cli --help failed" >&2; exit 1; }

# A command line of the help starts with two spaces and a lower-case word; its synopsis ends
# where the description column begins (two spaces or more). Lines inside a parenthesised note
# that runs over several lines are not commands, hence the count of open parentheses.
paths=()  # every command as its words, alternatives expanded: "seller keys list", "sync"
depth=0
while IFS= read -r line; do
    [[ $line == Options:* ]] && break
    if ((depth == 0)) && [[ $line =~ ^\ \ [a-z] ]]; then
        synopsis=${line:2}
        synopsis=${synopsis%%  *}
        read -ra ws <<<"$synopsis"
        prefixes=('')
        for w in "${ws[@]}"; do
            [[ $w =~ ^[a-z][a-z0-9-]*(\|[a-z][a-z0-9-]*)*$ ]] || break
            next=()
            IFS='|' read -ra alternatives <<<"$w"
            for p in "${prefixes[@]}"; do
                for a in "${alternatives[@]}"; do next+=("${p:+$p }$a"); done
            done
            prefixes=("${next[@]}")
        done
        for p in "${prefixes[@]}"; do [[ -n $p ]] && paths+=("$p"); done
    fi
    opened=${line//[^(]/}
    closed=${line//[^)]/}
    depth=$((depth + ${#opened} - ${#closed}))
done <<<"$help"
mapfile -t paths < <(printf '%s\n' "${paths[@]}" | awk 'NF && !seen[$0]++')

mapfile -t options < <(sed -n '/^Options:/,/^Arguments:/p' <<<"$help" |
    sed -nE 's/^ +(-[A-Za-z], )?(--[a-z][a-z0-9-]*).*/\2/p' | awk '!seen[$0]++')

# The values --help gives --scheme ("--scheme v2|kit|v1|body-sign").
scheme_values=$({ grep -oE -- '--scheme [a-z0-9-]+(\|[a-z0-9-]+)+' <<<"$help" || true; } |
    awk 'NR == 1 { print $2 }' | tr '|' ' ')

mapfile -t words < <(printf '%s\n' "${paths[@]}" | tr ' ' '\n' | awk '!seen[$0]++')
mapfile -t top < <(printf '%s\n' "${paths[@]}" | cut -d' ' -f1 | awk '!seen[$0]++')
if ((${#paths[@]} < 10 || ${#options[@]} < 10)) || [[ -z $scheme_values ]]; then
    fail "could not read the commands and options from $cli --help (${#paths[@]} commands, ${#options[@]} options)"
    printf '%s\n' "$help" >&2
    exit 1
fi

# --- (a) Every word and option is in both files ---------------------------------------------
# A whole word: not part of a longer command or option name.
has_word() { grep -Eq -- "(^|[^A-Za-z0-9_-])$2([^A-Za-z0-9_-]|\$)" "$1"; }
for file in "$bash_file" "$zsh_file"; do
    missing=()
    for w in "${words[@]}" "${options[@]}"; do
        has_word "$file" "$w" || missing+=("$w")
    done
    ((${#missing[@]} == 0)) || fail "$(basename "$file") lacks what --help lists: ${missing[*]}"
done

# --- (b) The bash completion, run for real in a plain bash ----------------------------------
# Each case is a command line up to the cursor; a trailing space means an empty word there.
# The child prints the completions of each case on one line, in order.
complete_bash() {
    bash --norc --noprofile -c '
        source "$1" || exit 1
        while IFS= read -r line; do
            read -ra COMP_WORDS <<<"$line"
            [[ $line == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE=$line
            COMP_POINT=${#line}
            COMPREPLY=()
            _marketdesk_cli
            echo "${COMPREPLY[*]}"
        done' complete_bash "$bash_file"
}

cases=('marketdesk-cli ' 'marketdesk-cli seller keys ' 'marketdesk-cli members '
    'marketdesk-cli --scheme ' 'marketdesk-cli --lan' 'marketdesk-cli --')
# Every command word, completed after the words before it.
for p in "${paths[@]}"; do
    read -ra ws <<<"$p"
    for ((i = 1; i < ${#ws[@]}; i++)); do cases+=("marketdesk-cli ${ws[*]:0:i} "); done
done
mapfile -t cases < <(printf '%s\n' "${cases[@]}" | awk '!seen[$0]++')
if ! mapfile -t answers < <(printf '%s\n' "${cases[@]}" | complete_bash) || ((${#answers[@]} != ${#cases[@]})); then
    fail "the bash completion did not answer every case (${#answers[@]} of ${#cases[@]}); sourcing $bash_file failed?"
    answers=()
fi
declare -A answer=()
for i in "${!answers[@]}"; do answer[${cases[i]}]=${answers[i]}; done

# $1 the case, $2 what it must offer (words), $3 what it is called in a failure.
expect() {
    local got=" ${answer[$1]-} " w missing=()
    for w in $2; do [[ $got == *" $w "* ]] || missing+=("$w"); done
    got=${got% }
    ((${#got} <= 200)) || got="${got:0:200} ..."
    ((${#missing[@]} == 0)) || fail "bash: '$1<TAB>' ($3) lacks: ${missing[*]} (offered:$got)"
}
expect 'marketdesk-cli ' "${top[*]}" 'the commands'
expect 'marketdesk-cli seller keys ' 'list create delete' 'seller keys'
expect 'marketdesk-cli members ' 'enable disable delete import' 'members'
expect 'marketdesk-cli --scheme ' "$scheme_values" '--scheme values'
expect 'marketdesk-cli --' "${options[*]}" 'the long options'
[[ ${answer['marketdesk-cli --lan']-} == --lang ]] ||
    fail "bash: 'marketdesk-cli --lan<TAB>' must give exactly --lang, gave '${answer['marketdesk-cli --lan']-}'"
for p in "${paths[@]}"; do
    read -ra ws <<<"$p"
    for ((i = 1; i < ${#ws[@]}; i++)); do
        expect "marketdesk-cli ${ws[*]:0:i} " "${ws[i]}" "$p"
    done
done
bash_cases=${#cases[@]}

# --- (c) The zsh file parses ------------------------------------------------------------------
if command -v zsh >/dev/null; then
    if zsh -n "$zsh_file"; then zsh_result='parses'; else fail "zsh -n $zsh_file failed"; zsh_result=failed; fi
else
    echo "$me: zsh is not installed: zsh -n skipped"
    zsh_result='skipped (no zsh)'
fi

# --- (d) The man pages ----------------------------------------------------------------------
# The placeholders configure_file fills in; any other @VAR@ would silently become empty.
version=$("$cli" --version | awk '{print $2}')
month=$(LC_ALL=C date -u '+%B %Y')
pages=0
man_result='skipped (no man)'
have_man=0
command -v man >/dev/null && have_man=1
((have_man)) || echo "$me: man is not installed: the man pages' formatting is not checked"
for template in "$man_dir"/*.1.in; do
    name=$(basename "$template" .in)
    page=$work/$name
    sed -e "s/@MARKETDESK_RELEASE_MONTH@/$month/g" -e "s/@MARKETDESK_VERSION@/$version/g" "$template" >"$page"
    if leftover=$(grep -noE '@[A-Za-z_0-9/.+-]+@|\$\{' "$page"); then
        fail "$name: placeholders other than @MARKETDESK_RELEASE_MONTH@ and @MARKETDESK_VERSION@: $(tr '\n' ' ' <<<"$leftover")"
    fi
    grep -q '^\.SH EXAMPLES' "$page" || fail "$name: no EXAMPLES section"
    if ((have_man)); then
        if ! LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" >/dev/null 2>"$work/warnings"; then
            fail "$name: man could not format it: $(cat "$work/warnings")"
        elif [[ -s $work/warnings ]]; then
            fail "$name: man --warnings: $(cat "$work/warnings")"
        fi
        if command -v lexgrog >/dev/null && ! lexgrog "$page" >/dev/null 2>&1; then
            fail "$name: lexgrog finds no NAME line"
        fi
    fi
    pages=$((pages + 1))
done
((have_man)) && man_result="$pages pages format cleanly"

# Every command has an example: a line of the CLI page's EXAMPLES running it.
examples=$(sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$man_dir/marketdesk-cli.1.in" |
    sed -e 's/\\-/-/g' -e 's/\\e/\\/g' -e "s/\\\\(aq/'/g")
no_example=()
for p in "${paths[@]}"; do
    grep -Eq -- "marketdesk-cli $p( |\$)" <<<"$examples" || no_example+=("$p")
done
((${#no_example[@]} == 0)) ||
    fail "marketdesk-cli.1.in: EXAMPLES has no example of: $(printf '%s, ' "${no_example[@]}" | sed 's/, $//')"

# Every command's own --help ("marketdesk-cli seller sign --help") shows an example of it: the
# manual's, built into the program.
no_help_example=()
for p in "${paths[@]}"; do
    read -ra words <<<"$p"
    if ! own=$("$cli" --lang en "${words[@]}" --help 2>&1); then
        no_help_example+=("$p (failed)")
    elif ! grep -Eq -- "^ +marketdesk-cli $p( |\$)" <<<"$own"; then
        no_help_example+=("$p")
    fi
done
((${#no_help_example[@]} == 0)) ||
    fail "marketdesk-cli COMMAND --help shows no example of: $(printf '%s, ' "${no_help_example[@]}" | sed 's/, $//')"

# Every long option is described in the CLI page's OPTIONS.
described=$(sed -n '/^\.SH OPTIONS/,/^\.SH /p' "$man_dir/marketdesk-cli.1.in" |
    sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g')
undescribed=()
for o in "${options[@]}"; do
    grep -Eq -- "(^|[^A-Za-z0-9_-])$o([^A-Za-z0-9_-]|\$)" <<<"$described" || undescribed+=("$o")
done
((${#undescribed[@]} == 0)) || fail "marketdesk-cli.1.in: OPTIONS does not describe: ${undescribed[*]}"

# --- (e) The reference SaaS server's page describes every option of its --help ---------------
# Each long option must be the tag of an item of the page's OPTIONS (the line after a .TP) with
# a description under it: a mere mention in another option's text does not count.
reference_result='reference page: skipped (no marketdesk-reference-saas beside the CLI)'
if [[ -x $reference ]]; then
    if ! reference_help=$("$reference" --help </dev/null); then
        fail "$reference --help failed"
    else
        mapfile -t reference_options < <(sed -n '/^Options:/,/^Arguments:/p' <<<"$reference_help" |
            sed -nE 's/^ +(-[A-Za-z], )?(--[a-z][a-z0-9-]*).*/\2/p' | awk '!seen[$0]++')
        if ((${#reference_options[@]} < 10)); then
            fail "could not read the options from $reference --help (${#reference_options[@]} options)"
            printf '%s\n' "$reference_help" >&2
        else
            # One line per item: its tag, a tab, and how many lines of description follow it.
            items=$(sed -n '/^\.SH OPTIONS/,/^\.SH /p' "$man_dir/marketdesk-reference-saas.1.in" |
                sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' |
                awk '/^\.(TP|SH|SS|PP|P|LP)( |$)/ { if (tag != "") print tag "\t" n; tag = ""; n = 0
                                                   if ($1 == ".TP") want = 1; next }
                     want { tag = $0; want = 0; next }
                     tag != "" && NF { n++ }
                     END { if (tag != "") print tag "\t" n }')
            tab=$'\t'
            undescribed=()
            for o in "${reference_options[@]}"; do
                grep -Eq -- "(^|[^A-Za-z0-9_-])$o([^A-Za-z0-9_-][^$tab]*)?$tab[1-9]" <<<"$items" ||
                    undescribed+=("$o")
            done
            ((${#undescribed[@]} == 0)) ||
                fail "marketdesk-reference-saas.1.in: OPTIONS does not describe: ${undescribed[*]}"
            reference_result="reference page describes its ${#reference_options[@]} options"
        fi
    fi
else
    echo "$me: $reference is not there: the reference server's options are not checked"
fi

if ((${#failures[@]})); then
    echo "$me: ${#failures[@]} check(s) failed" >&2
    exit 1
fi
echo "$me: ${#paths[@]} commands, ${#options[@]} options from --help; bash and zsh files cover them;" \
    "bash answered $bash_cases cases; zsh file $zsh_result; man: $man_result, every option described," \
    "every command has an example; $reference_result"
