# bash completion for marketdesk-cli: its commands and subcommands, its long options, and the
# values those options take (fixed sets, file names, saved account names).
#
# Plain bash only (COMP_WORDS, COMP_CWORD, compgen, compopt): it is sourced by bash-completion
# from share/bash-completion/completions/ but also works when sourced by hand, without that
# package's helpers (_init_completion, _filedir).
# tests/check_completions.sh compares it with `marketdesk-cli --help` and runs it.

_marketdesk_cli_commands='login logout accounts sync members outbox audit seller licenses orders images apps'

# Every long option, as --help lists them.
_marketdesk_cli_options='--help --help-all --version --server --account --lang --data-dir --demo
--secret-store --passphrase-file --browser --discover --authorize-url --token-url --userinfo-url
--logout-url --client-id --scope --ca-file --pin --timeout --delete-cache --actor --from-csv
--yes --dry-run --no-bom --from --to --by --action --scheme --key-file --timestamp --nonce
--signature --encrypt-type --iv --public-key --oaep --private-key --bits --out --address --suite
--mode --basic-key-file --kit-key-file --report --json --reference-state --callback
--login-listen --login-url --app-id --secret-out --print-secret --offline --name --basic-key
--kit-key --key --continue --abandon --keep-new-key --instance --fingerprint --type --status
--days --app'

# The options that take a value: the word after one of them is that value, not a command word.
_marketdesk_cli_valued=' --server --account --lang --data-dir --secret-store --passphrase-file
--authorize-url --token-url --userinfo-url --logout-url --client-id --scope --ca-file --pin
--timeout --actor --from-csv --from --to --by --action --scheme --key-file --timestamp --nonce
--signature --encrypt-type --iv --public-key --oaep --private-key --bits --out --address --suite
--mode --basic-key-file --kit-key-file --report --callback --login-listen --login-url --app-id
--secret-out --name --basic-key --kit-key --key --instance --fingerprint --type --status --days
--app '

# Whether the option $1 takes a value.
_marketdesk_cli_takes_value()
{
    [[ " ${_marketdesk_cli_valued//$'\n'/ } " == *" $1 "* ]]
}

# The subcommands of a command (or of "seller keys" and the like).
_marketdesk_cli_subcommands()
{
    case $1 in
        accounts) echo 'list remove' ;;
        members) echo 'enable disable delete import' ;;
        outbox) echo 'run status' ;;
        audit) echo 'verify export check' ;;
        seller) echo 'sign verify encrypt-field decrypt-field encrypt-secret decrypt-secret keygen debug keys addresses credentials rotate-key' ;;
        'seller keys') echo 'list create delete' ;;
        'seller addresses') echo 'list add bind debug' ;;
        'seller credentials') echo 'list show apply edit test-account' ;;
        licenses) echo 'apply list reclaim export' ;;
        orders) echo 'list export' ;;
        images) echo 'expiring export-ics' ;;
        apps) echo 'list enable disable grant revoke outbox' ;;
    esac
}

# The options a command uses, offered first; a prefix none of them has falls back to every
# option, so that nothing --help lists is ever out of reach.
_marketdesk_cli_options_for()
{
    local account='--account --data-dir --lang --actor --passphrase-file'
    case $1 in
        login) echo "$account --server --secret-store --browser --discover --authorize-url --token-url --userinfo-url --logout-url --client-id --scope --ca-file --pin --timeout" ;;
        logout | sync | 'outbox run' | 'outbox status') echo "$account" ;;
        'accounts list') echo '--data-dir --lang' ;;
        'accounts remove') echo '--data-dir --lang --passphrase-file --delete-cache' ;;
        'members enable' | 'members disable' | 'members delete') echo "$account --from-csv --dry-run --yes" ;;
        'members import') echo "$account --dry-run --yes" ;;
        'audit verify') echo "$account --demo" ;;
        'audit export') echo "$account --demo --no-bom --from --to --by --action" ;;
        'audit check') echo '--lang' ;;
        'seller sign') echo '--lang --scheme --key-file --timestamp --nonce' ;;
        'seller verify') echo '--lang --scheme --key-file --signature --timestamp --nonce' ;;
        'seller encrypt-field') echo '--lang --key-file --encrypt-type --iv' ;;
        'seller decrypt-field') echo '--lang --key-file --encrypt-type --out' ;;
        'seller encrypt-secret') echo '--lang --public-key --oaep' ;;
        'seller decrypt-secret') echo '--lang --private-key --passphrase-file --oaep --out' ;;
        'seller keygen') echo '--lang --bits --out --passphrase-file' ;;
        'seller debug') echo '--lang --address --suite --mode --basic-key-file --kit-key-file --public-key --ca-file --encrypt-type --report --json --reference-state --callback --login-listen --login-url --app-id' ;;
        'seller keys list' | 'seller addresses list' | 'seller credentials list' | 'seller credentials show') echo "$account --json --offline" ;;
        'seller keys create') echo "$account --name --secret-out --print-secret" ;;
        'seller keys delete') echo "$account" ;;
        'seller addresses add' | 'seller addresses bind') echo "$account --basic-key --kit-key" ;;
        'seller addresses debug') echo "$account --suite --key" ;;
        'seller credentials apply') echo "$account --from --secret-out --print-secret" ;;
        'seller credentials edit') echo "$account --from" ;;
        'seller credentials test-account') echo "$account --secret-out --print-secret" ;;
        'seller rotate-key') echo "$account --address --suite --secret-out --print-secret --continue --abandon --keep-new-key" ;;
        'licenses apply') echo "$account --instance --fingerprint" ;;
        'orders list' | 'orders export') echo "$account --type --status" ;;
        'images expiring') echo "$account --days" ;;
        'images export-ics' | 'apps list' | 'apps enable' | 'apps disable' | 'apps outbox' | 'licenses list' | 'licenses export') echo "$account" ;;
        'apps grant' | 'apps revoke') echo "$account --app --from-csv --dry-run" ;;
        'licenses reclaim') echo "$account --app --dry-run" ;;
        *) echo "$_marketdesk_cli_options" ;;
    esac
}

# COMPREPLY from compgen's answer, taken a line at a time so that file names with spaces stay
# whole (compgen -W itself splits its list at the usual IFS).
_marketdesk_cli_reply()
{
    mapfile -t COMPREPLY < <(compgen "$@")
}

# The saved accounts' names: `accounts list` reads accounts.json only (no network, no secret
# store), which is quick enough for a completion. Its account lines are the ones with a tab.
_marketdesk_cli_accounts()
{
    local program=$1 dir=$2 line
    local -a args=(accounts list)
    [[ -n $dir ]] && args+=(--data-dir "$dir")
    command -v "$program" >/dev/null 2>&1 || return 0
    while IFS= read -r line; do
        [[ $line == *$'\t'* ]] || continue
        line=${line%%$'\t'*}
        printf '%s\n' "${line:2}"
    done < <("$program" "${args[@]}" 2>/dev/null </dev/null)
}

# The value of the option $1 (the word being completed is $2; $3 is the command path).
_marketdesk_cli_value()
{
    local option=$1 cur=$2 path=$3
    case $option in
        --scheme) _marketdesk_cli_reply -W 'v2 kit v1 body-sign' -- "$cur" ;;
        --suite)
            case $path in
                'seller addresses debug') _marketdesk_cli_reply -W 'basic kit all' -- "$cur" ;;
                'seller rotate-key') _marketdesk_cli_reply -W 'basic kit' -- "$cur" ;;
                *) _marketdesk_cli_reply -W 'basic kit license login all' -- "$cur" ;;
            esac
            ;;
        --mode) _marketdesk_cli_reply -W 'v1 v2' -- "$cur" ;;
        --secret-store) _marketdesk_cli_reply -W 'keychain file' -- "$cur" ;;
        --lang) _marketdesk_cli_reply -W 'en zh_CN' -- "$cur" ;;
        --type) _marketdesk_cli_reply -W 'saas license image' -- "$cur" ;;
        --encrypt-type) _marketdesk_cli_reply -W '1 2' -- "$cur" ;;
        --bits) _marketdesk_cli_reply -W '3072 4096' -- "$cur" ;;
        --oaep) _marketdesk_cli_reply -W 'sha256 sha256-mgf1sha1 sha1' -- "$cur" ;;
        --data-dir)
            compopt -o filenames 2>/dev/null
            _marketdesk_cli_reply -d -- "$cur"
            ;;
        --from)
            # A time for audit export, the form's JSON file for seller credentials.
            if [[ $path == 'seller credentials'* ]]; then
                compopt -o filenames 2>/dev/null
                _marketdesk_cli_reply -f -- "$cur"
            fi
            ;;
        --from-csv | --key-file | --out | --report | --ca-file | --passphrase-file | --public-key | \
            --private-key | --secret-out | --basic-key-file | --kit-key-file)
            compopt -o filenames 2>/dev/null
            _marketdesk_cli_reply -f -- "$cur"
            ;;
        --account)
            _marketdesk_cli_reply -W "$(_marketdesk_cli_accounts "$_marketdesk_cli_program" "$_marketdesk_cli_data_dir")" -- "$cur"
            ;;
        *) COMPREPLY=() ;; # a URL, an id, a name: nothing to offer
    esac
}

_marketdesk_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local -a words=() # the command words before the cursor, options and their values left out
    local i=1 word option=
    # Read by the functions called below (bash's locals are seen by callees): the program to
    # ask for account names, and the data folder the line names.
    local _marketdesk_cli_data_dir=
    local _marketdesk_cli_program=${COMP_WORDS[0]}
    # A path with ~ in it cannot be run as it stands; the program on PATH can.
    [[ $_marketdesk_cli_program == *'~'* ]] && _marketdesk_cli_program=marketdesk-cli
    COMPREPLY=()

    while ((i < COMP_CWORD)); do
        word=${COMP_WORDS[i]}
        if [[ $word == --*=* ]]; then
            [[ ${word%%=*} == --data-dir ]] && _marketdesk_cli_data_dir=${word#*=}
        elif [[ $word == -* ]]; then
            # bash splits --opt=value at "=" (COMP_WORDBREAKS): skip the "=" and the value.
            if [[ ${COMP_WORDS[i + 1]} == = ]]; then
                ((i + 2 < COMP_CWORD)) && [[ $word == --data-dir ]] && _marketdesk_cli_data_dir=${COMP_WORDS[i + 2]}
                ((i += 2))
            elif _marketdesk_cli_takes_value "$word"; then
                ((i + 1 < COMP_CWORD)) && [[ $word == --data-dir ]] && _marketdesk_cli_data_dir=${COMP_WORDS[i + 1]}
                ((i++))
            fi
        else
            words+=("$word")
        fi
        ((i++))
    done
    # The line holds the ~ as typed; the program needs the folder it stands for.
    # shellcheck disable=SC2088
    [[ $_marketdesk_cli_data_dir == '~/'* ]] && _marketdesk_cli_data_dir=$HOME/${_marketdesk_cli_data_dir#'~/'}

    # The command path: "seller keys list", "members enable", "sync".
    local path=${words[0]}
    if [[ ${words[0]} == seller && ${words[1]} =~ ^(keys|addresses|credentials)$ ]]; then
        path+=" ${words[1]} ${words[2]}"
    elif ((${#words[@]} > 1)); then
        path+=" ${words[1]}"
    fi
    path=${path% }

    # The value of an option: after "--opt ", after "--opt=" (split or not).
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    if [[ $cur == = && $prev == --* ]]; then
        option=$prev cur=
    elif [[ $prev == = ]] && ((COMP_CWORD >= 2)) && [[ ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
        option=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        _marketdesk_cli_value "$option" "${cur#*=}" "$path"
        for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]=$option=${COMPREPLY[i]}; done
        return 0
    elif ((COMP_CWORD >= 2)) && _marketdesk_cli_takes_value "$prev"; then
        option=$prev
    fi
    if [[ -n $option ]]; then
        _marketdesk_cli_value "$option" "$cur" "$path"
        return 0
    fi

    if [[ $cur == -* ]]; then
        _marketdesk_cli_reply -W "$(_marketdesk_cli_options_for "$path")" -- "$cur"
        ((${#COMPREPLY[@]})) || _marketdesk_cli_reply -W "$_marketdesk_cli_options" -- "$cur"
        return 0
    fi

    # A command word, or a command's operand.
    local n=${#words[@]}
    case $n in
        0) _marketdesk_cli_reply -W "$_marketdesk_cli_commands" -- "$cur" ;;
        1) _marketdesk_cli_reply -W "$(_marketdesk_cli_subcommands "${words[0]}")" -- "$cur" ;;
        *)
            if ((n == 2)) && [[ ${words[0]} == seller && ${words[1]} =~ ^(keys|addresses|credentials)$ ]]; then
                _marketdesk_cli_reply -W "$(_marketdesk_cli_subcommands "seller ${words[1]}")" -- "$cur"
            elif ((n == 2)); then
                case $path in
                    'accounts remove')
                        _marketdesk_cli_reply -W "$(_marketdesk_cli_accounts "$_marketdesk_cli_program" "$_marketdesk_cli_data_dir")" -- "$cur"
                        ;;
                    'members import' | 'audit export' | 'audit check' | 'seller sign' | 'seller verify' | \
                        'seller encrypt-field' | 'seller encrypt-secret' | 'orders export' | \
                        'images export-ics' | 'licenses export')
                        compopt -o filenames 2>/dev/null
                        _marketdesk_cli_reply -f -- "$cur"
                        ;;
                esac
            fi
            ;;
    esac
    return 0
}

complete -F _marketdesk_cli marketdesk-cli
