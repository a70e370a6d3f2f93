<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountManager</name>
    <message>
        <source>the encrypted secret store %1 is locked; its passphrase is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but the account cannot be named after the user: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but the tokens could not be kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account "%1" is signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has no sign-out address; the tokens were removed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session at the server was ended and the tokens removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not end the session (%1); the tokens were removed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no account "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its stored tokens could not be removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You signed in as %1 of %2, but the account "%3" belongs to %4 of %5. Sign in as that user, or add a new account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the account list in %1 is locked by another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session at the server could not be ended (%1); the tokens were removed here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>account "%1" has no valid server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account "%1": unknown secret store "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a usable account name: 1 to 64 letters, digits and . _ @ - (not starting with a dot)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: %2 at byte %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, account %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search accounts: name, enterprise, user, server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved accounts yet: add one to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2
%3 · %4 · %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account "%1" at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Read the sign-in endpoints from the server (/.well-known/openid-configuration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://your-tenant.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional; default userName@tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted file (passphrase) — for computers without a keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: one base64 SHA-256 public-key pin per line (add a backup pin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep tokens in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also trust CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public-key pins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the sign-in endpoints one by one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default: SERVER/api/v1/oauth2/authorize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default: SERVER/api/v1/oauth2/token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default: SERVER/api/v1/oauth2/userinfo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default: SERVER/api/v1/logout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User information:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address "%1" is not a valid URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address "%1" uses plain http; only https is allowed for a server that is not on this computer (loopback).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address "%1" must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection closed before the whole answer arrived (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer to %1 (HTTP %2) is not valid JSON: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a signed-in account; sign in first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the secure connection was refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Cannot open the audit journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the audit journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the audit journal failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <source>Export audit journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any, e.g. member.disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with a byte order mark (for Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>Writing the audit journal failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the audit journal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 is missing: the journal jumps from entry %2 to entry %3 (deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 was changed after it was written (edited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (deleted, inserted or reordered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit journal %1 is locked by another program.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <source>The sign-in has expired and cannot be renewed; sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server no longer accepts this sign-in (%1); sign in again. Pending changes are kept and sent afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token server's answer cannot be used: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>cache write failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cache read failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than 64 MB; split it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Add --yes to confirm when not running in a terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file of userNames for members enable|disable|delete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what would change and stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit export: no UTF-8 byte order mark.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit export: entries at or after this time (ISO 8601).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit export: entries before this time (ISO 8601).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit export: only this actor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit export: only this action, e.g. member.disable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"; see --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>members %1 needs --from-csv FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 needs a FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time in ISO 8601 form, e.g. 2026-11-29T08:00:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was sent; fix the rows above first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2 cannot change: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 member(s) will change (%3 administrator(s)), %4 already so, %5 cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %n member(s)?</source>
        <translation><numerusform>%1 %n member?</numerusform><numerusform>%1 %n members?</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
The pending changes are kept; run "marketdesk-cli outbox run" to send them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 new member(s) to add, %2 bad row(s).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Add %n member(s)?</source>
        <translation><numerusform>Add %n member?</numerusform><numerusform>Add %n members?</numerusform></translation>
    </message>
    <message>
        <source>%1 added, %2 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2  %3  %4 done, %5 failed, %6 pending of %7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sending %n pending change(s)…</source>
        <translation><numerusform>Sending %n pending change…</numerusform><numerusform>Sending %n pending changes…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit journal is intact: %n entr(y/ies).</source>
        <translation><numerusform>The audit journal is intact: %n entry.</numerusform><numerusform>The audit journal is intact: %n entries.</numerusform></translation>
    </message>
    <message>
        <source>no audit journal at %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>Exported %n row to %1.</numerusform><numerusform>Exported %n rows to %1.</numerusform></translation>
    </message>
    <message>
        <source>Headless marketdesk.

Commands:
  login --server URL                     sign in (browser + loopback callback)
  logout                                 end the session and remove the tokens
  accounts list                          the saved accounts, most recent first
  accounts remove NAME [--delete-cache]  forget an account
  sync                                   bring the local cache up to date
  members enable|disable|delete --from-csv FILE
                                         a batch action on the userNames in FILE
  members import FILE                    add the members listed in FILE
  outbox run                             send pending changes (after a crash too)
  outbox status                          list recent operations
  audit verify                           check the audit journal's hash chain
  audit export FILE                      write the journal as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: the account's server, e.g. https://console.example.com (remembered).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account name (default: the most recently used; for login, userName@tenant).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep accounts, caches, outboxes and journals under DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: keep tokens in the system keychain (default) or in an encrypted file (file), for machines without a keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the encrypted file store's passphrase from FILE (else MARKETDESK_PASSPHRASE, else the terminal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: open the browser ($BROWSER or xdg-open).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: read the endpoints from /.well-known/openid-configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: also trust the CA certificate(s) in this PEM file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: accept only this server public key (base64 SHA-256 of the SPKI); repeat for a backup pin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: seconds to wait for the browser (300).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accounts remove: delete the account's cache too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout: expected seconds from 1 to 3600, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accounts remove needs the account's NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server is for login; an account remembers its server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Sign in again: marketdesk-cli login --account %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no account yet; sign in first: marketdesk-cli login --server URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: the provider's authorization endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: the provider's token endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: the provider's userinfo endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: the provider's sign-out endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: the client ID (default marketdesk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login: the scope (default get_user_info).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note recorded in the audit journal beside the signed-in identity (which it cannot replace).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo reads the demo's journal only (audit verify, audit export); the demo's server lives inside marketdesk --demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no demo journal in %1 yet; marketdesk --demo writes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no account "%1"; see marketdesk-cli accounts list (the console's demo: --demo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit verify|export: the journal of the console's demo (marketdesk --demo), which has no saved account.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <source>--passphrase-file: cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the encrypted secret store needs its passphrase: set MARKETDESK_PASSPHRASE or pass --passphrase-file FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase for the encrypted secret store: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login needs --server URL (the account's server, e.g. https://tenant.example.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--secret-store: expected keychain or file, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Open this address in your browser to sign in (waiting up to %n minute(s)):</source>
        <translation><numerusform>Open this address in your browser to sign in (waiting up to %n minute):</numerusform><numerusform>Open this address in your browser to sign in (waiting up to %n minutes):</numerusform></translation>
    </message>
    <message>
        <source>could not start %1; open the address above yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (%2), %3 of %4 [%5].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account "%1"; tokens kept in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no account yet; sign in first: marketdesk-cli login --server URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no account "%1"; see marketdesk-cli accounts list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; sign in again: marketdesk-cli login --account %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the renewed sign-in of "%1" could not be kept: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out of "%1". %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No accounts. Sign in with: marketdesk-cli login --server URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>* = used when no --account is given (the most recent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the account is removed but its stored tokens could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed account "%1" and its cache; its audit journal and outbox stay in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed account "%1"; its data stays in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot keep tokens in the system keychain: %1. Without a keychain service, choose the encrypted file store: --secret-store file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot keep tokens in the encrypted file store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmBatchDialog</name>
    <message numerus="yes">
        <source>Enable %n member(s)</source>
        <translation><numerusform>Enable %n member</numerusform><numerusform>Enable %n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n member(s)</source>
        <translation><numerusform>Disable %n member</numerusform><numerusform>Disable %n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)</source>
        <translation><numerusform>Delete %n member</numerusform><numerusform>Delete %n members</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 selected member(s) will change&lt;/b&gt;, %3 of them administrator(s).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n are already in that state and are left alone.</source>
        <translation><numerusform>%n are already in that state and are left alone.</numerusform><numerusform>%n are already in that state and are left alone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cannot change; see below.</source>
        <translation><numerusform>%n cannot change; see below.</numerusform><numerusform>%n cannot change; see below.</numerusform></translation>
    </message>
    <message>
        <source>Disabled members can no longer use the apps they were authorised for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>marketdesk: the KooGallery console for enterprise administrators and sellers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members in the demo enterprise (default 3000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language for this run: en or zh_CN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the first sync, save a picture of the window to FILE and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo enterprise (sandbox at %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marketdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local data could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-members: expected 1 to 1000000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the demo sandbox did not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the embedded sandbox, seed it, sign in to it and open the console on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to this server (https://…) as a new account, unless an account for it exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this saved account (default: the most recently used).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --server: keep tokens in the system keychain (default) or an encrypted file (file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep accounts, caches, outboxes and journals under DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--secret-store: expected keychain or file, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no account "%1"; start without --account to choose or add one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tokens of "%1" could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The renewed sign-in could not be kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo has one account. Start marketdesk without --demo to use your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out of "%1"? The session at the server ends and the tokens are removed from this computer. The local copy, the outbox and the audit journal stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the account "%1" and its stored sign-in from this computer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its cache (the local copy of the organisation) can be deleted too; the audit journal and the outbox always stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove and delete cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove, keep cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) of %3 [%4] at %5
Tokens kept in %6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program knows (%3). Use a newer marketdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transaction is open on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>(top level)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Add department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit department %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, _ or -.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A department with this code exists already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message numerus="yes">
        <source>%1 (%2): %n member(s) in all, %3 directly</source>
        <translation><numerusform>%1 (%2): %n member in all, %3 directly</numerusform><numerusform>%1 (%2): %n members in all, %3 directly</numerusform></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer to a batch could not be read (%1); it will be asked again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This program does not know the action "%1"; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>encrypted file %1 (AES-256-GCM, passphrase)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the secret store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a marketdesk secret store, or it is damaged (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no "format": "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer marketdesk (version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the secret store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the passphrase for %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the key derivation settings are missing or weaker than allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key derivation failed (OpenSSL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the passphrase does not open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the secret store %1 is locked; its passphrase is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry "%1" in %2 is damaged or was not written with this passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the secret store %1 is in use by another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encryption failed (OpenSSL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the lock file %1.lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the key derivation asks for %2 iterations, more than the %3 allowed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>not found in this enterprise (sync, or check the name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last enabled administrator cannot be disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a disabled member can be deleted; disable it first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file with a &lt;b&gt;userName&lt;/b&gt; column selects members for enable, disable or delete. A file with the columns &lt;b&gt;userName,name,email,mobile,orgCode[,role]&lt;/b&gt; adds new members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added, %2 failed. Failures are in the audit journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than 64 MB; split it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation><numerusform>Add %n member</numerusform><numerusform>Add %n members</numerusform></translation>
    </message>
    <message>
        <source>disabled → enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enabled → disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 row(s) will change; %2 row(s) have problems and will be skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server: %1 The rows not yet added are kept and sent when it answers; you may close this window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>no keychain service is running on this computer (%1); use the encrypted file store instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system keychain (service "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain entry "%1" is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>part %1 of the keychain entry "%2" is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 for the sign-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only GET is answered here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sign-in has already finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marketdesk: signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to marketdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marketdesk: sign-in failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in did not complete: %1 You can close this tab and try again in marketdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from the browser is malformed (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>marketdesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edi&amp;t member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add de&amp;partment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit department…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export audit &amp;journal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy user names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About marketdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, user name, email or mobile (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes are waiting to be sent: %1 They go out when the server answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marketdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 members shown, %3 selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>"%1" still has %n member(s) and %2 sub-department(s). Move or delete them first.</source>
        <translation><numerusform>"%1" still has %n member and %2 sub-department. Move or delete them first.</numerusform><numerusform>"%1" still has %n members and %2 sub-departments. Move or delete them first.</numerusform></translation>
    </message>
    <message>
        <source>Delete the department "%1" (%2)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About marketdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;marketdesk %1&lt;/b&gt;&lt;p&gt;A desktop console for Huawei Cloud KooGallery sellers and enterprise administrators.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searches the whole enterprise, whichever department is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Switch account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove this account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed out: %1 Changes you make wait in the outbox and are sent once you sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only administrators can change the organisation; you are signed in as a member.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberDetailsPane</name>
    <message>
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member selected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n members selected</source>
        <translation><numerusform>%n members selected</numerusform><numerusform>%n members selected</numerusform></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>A user name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use letters, digits and . _ @ - only (at most 128).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a department.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An email or a mobile number is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a mobile number (digits, optionally +, 5–20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no userName in this row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid userName</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" appears more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header has no "%1" column (expected userName,name,email,mobile,orgCode[,role])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role must be "admin" or "user", not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>department "%1" does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will be added to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>(no department)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only (forgotten when marketdesk closes)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OAuthEndpoints</name>
    <message>
        <source>the provider configuration has no "%1" URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the provider does not support PKCE with S256, which marketdesk requires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 endpoint: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logout endpoint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no client ID is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its issuer is "%1", not this server (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its "%1" (%2) is not on this server (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Cancel the rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry the failed ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling; calls already sent finish first…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry the failed ones (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server: %1 The changes are kept and sent when it answers; you may close this window.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation><numerusform>Sending %n change…</numerusform><numerusform>Sending %n changes…</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Done: %n member(s) changed.</source>
        <translation><numerusform>Done: %n member changed.</numerusform><numerusform>Done: %n members changed.</numerusform></translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed. The reasons are listed below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationResultsModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgChange</name>
    <message>
        <source>%1 was changed by someone else meanwhile. Their version is now shown; make your change again on top of it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgJson</name>
    <message>
        <source>%1.%2: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2: expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2: must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2: longer than %3 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.version: expected a whole number ≥ 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>items: expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted: expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted[%1]: expected a non-empty string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.role: expected "admin" or "user", got "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.enabled: expected true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>results: expected an array</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgService</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>operation %1, %n row(s)</source>
        <translation><numerusform>operation %1, %n row</numerusform><numerusform>operation %1, %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n result(s) to %1.</source>
        <translation><numerusform>Saved %n result to %1.</numerusform><numerusform>Saved %n results to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit row(s) to %1.</source>
        <translation><numerusform>Exported %n audit row to %1.</numerusform><numerusform>Exported %n audit rows to %1.</numerusform></translation>
    </message>
    <message>
        <source>The local copy of the organisation was damaged (%1). It was set aside as %2 and is being rebuilt from the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local data is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change to %1 sent after the server came back was refused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached now; the change is kept and sent when it answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the account was closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox write failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer did not mention this target.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of marketdesk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies the next time marketdesk starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Encrypted secret store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase for the new encrypted secret store %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in at the server; collecting the tokens…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading who you are…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the server's sign-in configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tokens cannot be kept in the system keychain: %1

Choose "Encrypted file" to keep them in a file protected by a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tokens cannot be kept in the encrypted file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If no browser opened, open this address in one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in in your browser; marketdesk continues by itself when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No browser could be opened. Copy the address below into a browser to sign in; marketdesk continues by itself when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>No answer came back from the browser within %1 minutes; the sign-in was stopped. Start it again when ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the server's sign-in configuration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's sign-in configuration cannot be used: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from the browser has no state; it was refused and no token was requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from the browser belongs to another sign-in (its state does not match); it was refused and no token was requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not sign you in: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from the browser has no authorization code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not accept the sign-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's token answer cannot be used: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but who you are could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but the user information cannot be used: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from the browser comes from another server (issuer "%1", expected "%2"); it was refused and no token was requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from the browser does not say which server sent it (no "iss"), though the server promised to; it was refused and no token was requested.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync cancelled; it continues from here next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Departments page: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members page: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Synced %n change(s).</source>
        <translation><numerusform>Synced %n change.</numerusform><numerusform>Synced %n changes.</numerusform></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a damaged certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a public-key pin: expected the base64 of a SHA-256 hash (44 characters ending in =)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server's public key (pin %1) is not one of the pinned keys for this account; the connection was closed before anything was sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subject "%1", issuer "%2", valid %3 to %4, SHA-256 %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (certificate: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>the token answer has no "access_token" text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token answer's "token_type" is "%1"; only Bearer is supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token answer's "expires_in" is not a positive number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token answer's "refresh_token" is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored sign-in is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored sign-in has no access token</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <source>the user information has no "userName"</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>