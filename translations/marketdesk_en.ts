<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountManager</name>
    <message>
        <location filename="../app/core/identity/account_manager.cpp" line="+47"/>
        <source>the encrypted secret store %1 is locked; its passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Signed in, but the account cannot be named after the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in, but the tokens could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>account &quot;%1&quot; is signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server has no sign-out address; the tokens were removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The session at the server was ended and the tokens removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not end the session (%1); the tokens were removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Its stored tokens could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot create the lock file %1/accounts.lock: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <source>You signed in as %1 of %2, but the account &quot;%3&quot; belongs to %4 of %5. Sign in as that user, or add a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+181"/>
        <source>the account list in %1 is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The session at the server could not be ended (%1); the tokens were removed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountServiceOpener</name>
    <message>
        <location filename="../app/cli/account_service_opener.cpp" line="+45"/>
        <source>%1 Sign in again: marketdesk-cli login --account %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/core/identity/account_store.cpp" line="+82"/>
        <source>account &quot;%1&quot; has no valid server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>account &quot;%1&quot;: unknown secret store &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a usable account name: 1 to 64 letters, digits and . _ @ - (not starting with a dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, account %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../ui/shell/account_switcher.cpp" line="+19"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search accounts: name, enterprise, user, server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No saved accounts yet: add one to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2
%3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/shell/add_account_dialog.cpp" line="+23"/>
        <source>Read the sign-in endpoints from the server (/.well-known/openid-configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://your-tenant.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; default userName@tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted file (passphrase) — for computers without a keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: one base64 SHA-256 public-key pin per line (add a backup pin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep tokens in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Also trust CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public-key pins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Set the sign-in endpoints one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>default: SERVER/api/v1/oauth2/authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: SERVER/api/v1/oauth2/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: SERVER/api/v1/oauth2/userinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: SERVER/api/v1/logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../ui/seller/address_dialog.cpp" line="+48"/>
        <source>Bind keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add production address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Production address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key for the basic interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for Kit sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for the &amp;basic interfaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key for &amp;Kit sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key can be switched only to one that passed a debugging run at this address; a key rotation runs it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KooGallery calls this address with /produceAPI/… appended. Credentials may use it once a debugging run passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter the address KooGallery calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Kit interfaces need a key other than the basic interfaces&apos; key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/core/net/api_client.cpp" line="+358"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location line="-340"/>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address &quot;%1&quot; uses plain http; only https is allowed for a server that is not on this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+206"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection closed before the whole answer arrived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer to %1 (HTTP %2) is not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-176"/>
        <source>%1 needs a signed-in account; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the secure connection was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppTableModel</name>
    <message>
        <location filename="../models/apps/app_table_model.cpp" line="+44"/>
        <source>The licence agreement is not accepted yet; accept it before granting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app logs in at an address per enterprise, and its seller has not set yours yet; ask the seller (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 (%3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per enterprise — not set by the seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyLicenseDialog</name>
    <message>
        <location filename="../ui/licenses/apply_license_dialog.cpp" line="+27"/>
        <source>Make &amp;upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply for a License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removes spaces around it and writes it in upper case, as the format requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device fingerprint as the License client SDK prints it: MAC|disk|board|CPU (four fields separated by &quot;|&quot;, empty fields kept; several MACs or disks joined with &quot;,&quot;), upper case, at most 5 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applying again for a device that has its License answers that License; no other is taken from the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No License product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has License %1 already; applying again answers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 License(s) issued; valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsBatchOperations</name>
    <message numerus="yes">
        <location filename="../ui/apps/apps_batch_operations.cpp" line="+48"/>
        <source>Grant %1 to %n target(s)</source>
        <translation>
            <numerusform>Grant %1 to %n target</numerusform>
            <numerusform>Grant %1 to %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revoke %1 from %n target(s)</source>
        <translation>
            <numerusform>Revoke %1 from %n target</numerusform>
            <numerusform>Revoke %1 from %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reclaim %n seat(s) of %1</source>
        <translation>
            <numerusform>Reclaim %n seat of %1</numerusform>
            <numerusform>Reclaim %n seats of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change who may use %1: %n target(s)</source>
        <translation>
            <numerusform>Change who may use %1: %n target</numerusform>
            <numerusform>Change who may use %1: %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Done: %n seat(s) reclaimed.</source>
        <translation>
            <numerusform>Done: %n seat reclaimed.</numerusform>
            <numerusform>Done: %n seats reclaimed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %n target(s) changed.</source>
        <translation>
            <numerusform>Done: %n target changed.</numerusform>
            <numerusform>Done: %n targets changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (revoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member, department or group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsCache</name>
    <message>
        <location filename="../app/core/apps/client/apps_cache.cpp" line="+57"/>
        <source>The apps cache could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsChange</name>
    <message>
        <location filename="../app/core/apps/client/apps_change.cpp" line="+47"/>
        <source>The change went through, but the local copy could not take the app the server answered (%1); the next sync brings it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsCli</name>
    <message>
        <location filename="../app/cli/apps_cli.cpp" line="+28"/>
        <source>apps grant|revoke, licenses reclaim: the app (its appId, see apps list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apps and their seats (an enterprise account; changes need an administrator):
  apps list                              every purchased app with its switch
  apps enable|disable APP                switch an app on or off
  apps grant|revoke --app ID --from-csv FILE [--dry-run]
                                         members (a userName column) or kind,id
                                         rows (member, department, group)
  apps outbox                            send the changes left pending (after a
                                         crash or a lost connection) and wait
  licenses list                          the seat inventory of every app
  licenses reclaim [--app ID] [--dry-run]
                                         give back seats held by disabled and
                                         deleted members and never used
  licenses export FILE                   the seat inventory as CSV (UTF-8, BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file is empty; its first line names the columns (userName, or kind,id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: expected a userName column, or kind and id columns; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: kind: expected member, department or group, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file names nobody: no rows after its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>licenses export needs a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs the APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--app is not used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run is not used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from-csv is not used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --app ID (see apps list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --from-csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 The change is kept; the next apps or licenses command sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (going on with the local copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+61"/>
        <source>No app %1 in this account (see apps list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>appId	switch	seats	periodEnd	name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>appId	bought	assigned	free	disabled	deleted	neverUsed	reclaimable	daysLeft	name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 %2: %3 member(s), %4 department(s) or group(s); nothing was sent (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the members hold no seat yet; %2 seat(s) are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 queued as operation %2 (%3 target(s)); sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n operation(s) pending; sending</source>
        <translation>
            <numerusform>%n operation pending; sending</numerusform>
            <numerusform>%n operations pending; sending</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operation %1: %2 of %3 done, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operation %1: %2 done, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 of %3 done, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 done, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reclaim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was sent (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsClientJson</name>
    <message>
        <location filename="../app/core/apps/client/apps_client_json.cpp" line="+80"/>
        <location line="+20"/>
        <location line="+23"/>
        <location line="+14"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>contains &quot;|&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>days: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not after the day before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>results: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsExecutor</name>
    <message>
        <location filename="../app/core/apps/client/apps_executor.cpp" line="+34"/>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server&apos;s answer to %1 could not be read (%2); it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../ui/apps/apps_page.cpp" line="+45"/>
        <source>&amp;Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch o&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>&amp;Undo switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <source>&amp;Accept the licence agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who may use it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search apps and sellers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Purchased apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No apps yet: the enterprise&apos;s purchased apps appear after the first sync (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Apps synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+180"/>
        <location line="+28"/>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Syncing apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Undo: switch %1 off again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo: switch %1 on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1, instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats: %1 bought, %2 assigned, %3 free, %4 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authorised: %1 member(s) by hand, %2 department(s) and %3 group(s) automatically; %4 seat(s) reclaimed from automatic grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switched off: nobody can use it; its authorisations and seats are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is switched off. Undo: Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was not switched: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the licence agreement (协议许可) of %1 for the whole enterprise? An accepted agreement is not withdrawn; it lets you grant the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Export apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s data is not loaded yet; open the organisation page, let it sync, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsSection</name>
    <message>
        <location filename="../app/console/apps_section.cpp" line="+40"/>
        <source>marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The apps&apos; local data could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsService</name>
    <message>
        <location filename="../app/core/apps/client/apps_service.cpp" line="+62"/>
        <source>The account&apos;s sign-in is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+41"/>
        <location line="+22"/>
        <location line="+159"/>
        <location line="+60"/>
        <location line="+28"/>
        <location line="+14"/>
        <source>The local data is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-248"/>
        <source>The app %1 is not in the local copy; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was chosen, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <source>&quot;%1&quot; is not a member, department or group to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A switch is not retried; switch the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No failed targets to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppsSync</name>
    <message>
        <location filename="../app/core/apps/client/apps_sync.cpp" line="+124"/>
        <source>The server&apos;s listing of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server&apos;s group %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server&apos;s seat history of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../app/core/storage/audit_export.cpp" line="+44"/>
        <source>Cannot open the audit journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the audit journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+44"/>
        <location line="+10"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the audit journal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was written, but its manifest %2 could not be: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <location filename="../ui/shell/audit_export_dialog.cpp" line="+21"/>
        <location line="+67"/>
        <source>Export audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any, e.g. member.disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <location filename="../app/core/storage/audit_journal.cpp" line="+78"/>
        <location line="+41"/>
        <source>Writing the audit journal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+62"/>
        <location line="+53"/>
        <location line="+23"/>
        <source>Cannot read the audit journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>entry %1 is missing: the journal jumps from entry %2 to entry %3 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry %1 was changed after it was written (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not follow entry %2 (deleted, inserted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the journal was cut short: on %1 it had %2 entries, now it ends at entry %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 is not the one recorded on %2 (the journal was rewritten from there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditManifest</name>
    <message>
        <location filename="../app/core/storage/audit_manifest.cpp" line="+47"/>
        <source>the manifest is not a JSON object: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest&apos;s &quot;format&quot; is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest&apos;s &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest&apos;s &quot;%1&quot; is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read the manifest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the manifest describes &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has %1 bytes; the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file&apos;s SHA-256 is not the one in the manifest: it was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has %1 rows; the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <location filename="../app/core/identity/auth_session.cpp" line="+29"/>
        <source>The sign-in has expired and cannot be renewed; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server no longer accepts this sign-in (%1); sign in again. Pending changes are kept and sent afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token server&apos;s answer cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorisationEditor</name>
    <message>
        <location filename="../ui/apps/authorisation_editor.cpp" line="+53"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and &amp;send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search members by name, user name, e-mail or mobile (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Departments and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the app&apos;s seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The organisation&apos;s data is not loaded yet; open the organisation page, let it sync, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app %1 is not in the local copy; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 seat(s) bought, %3 free, %4 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member(s) granted by hand are no longer in the organisation; reclaim their seats on the License inventory page.</source>
        <translation>
            <numerusform>%n member granted by hand is no longer in the organisation; reclaim the seat on the License inventory page.</numerusform>
            <numerusform>%n members granted by hand are no longer in the organisation; reclaim their seats on the License inventory page.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grants will be refused: %1 Revokes can still be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change who may use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without sending? The ticks made here are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorisationMemberModel</name>
    <message>
        <location filename="../models/apps/authorisation_member_model.cpp" line="+175"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded (its seat was reclaimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gains access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No seat while disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loses access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant by hand removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Holds a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disabled members cannot use apps: enable the member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Granted automatically; to take it away, revoke the department or reclaim the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorisationPreviewText</name>
    <message>
        <location filename="../app/core/apps/client/authorisation_preview_text.cpp" line="+10"/>
        <source>No changes yet: tick members, departments or groups to grant, untick to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) gain access</source>
        <translation>
            <numerusform>%n member gains access</numerusform>
            <numerusform>%n members gain access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lose access</source>
        <translation>
            <numerusform>%n loses access</numerusform>
            <numerusform>%n lose access</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seats free: %1 now, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n free seat(s) go first to members already waiting</source>
        <translation>
            <numerusform>%n free seat goes first to a member already waiting</numerusform>
            <numerusform>%n free seats go first to members already waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) give their seat back with a revoke and need one again from a new grant</source>
        <translation>
            <numerusform>%n member gives the seat back with a revoke and needs one again from a new grant</numerusform>
            <numerusform>%n members give their seats back with a revoke and need one again from a new grant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The grants need %n seat(s) more than will be free; the server would refuse them whole. Buy seats, reclaim some, or grant fewer.</source>
        <translation>
            <numerusform>The grants need %n seat more than will be free; the server would refuse them whole. Buy seats, reclaim some, or grant fewer.</numerusform>
            <numerusform>The grants need %n seats more than will be free; the server would refuse them whole. Buy seats, reclaim some, or grant fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n disabled member(s) are ticked by hand; disabled members cannot use apps, so enable them first.</source>
        <translation>
            <numerusform>%n disabled member is ticked by hand; disabled members cannot use apps, so enable them first.</numerusform>
            <numerusform>%n disabled members are ticked by hand; disabled members cannot use apps, so enable them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change who may use %1: %2 grant(s) and %3 revoke(s), revokes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gaining access (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losing access (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats: %1 free now; %2 released by the revokes; %3 to members already waiting; %4 needed by the grants; %5 free after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each target&apos;s outcome is recorded in the audit journal; failed ones can be retried from the next window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorisationTreeModel</name>
    <message>
        <location filename="../models/apps/authorisation_tree_model.cpp" line="+150"/>
        <source>to be granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to be revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Groups (群组)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Covered by the automatic grant of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): tick to grant its members now and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group %1: tick to grant its members now and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Department or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/basic_scenarios.cpp" line="+36"/>
        <source>%1: appInfo is missing or not an object (§6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (§6.1: appInfo.frontEndUrl is mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: appInfo.%2 must be a string of at most %3 characters (§6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>info is missing or not an array (§6.1 queryInstance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>info[] does not hold the instance %1 that was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>§6.1: 000000, or 000004 while opening asynchronously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>newInstance opens an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>newInstance again for the same order answers the same instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>§6.1 idempotency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>the same orderId and orderLineId must answer the same instanceId: first &quot;%1&quot;, now &quot;%2&quot; (a second instance was opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same order must answer the same appInfo; it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queryInstance returns the instance with its appInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§6.1: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>§6.1: success for a live instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refreshInstance renews the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>updateInstanceStatus freezes the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updateInstanceStatus unfreezes the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upgradeInstance upgrades the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>releaseInstance releases the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>releaseInstance of a released instance answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a release of what is gone succeeds again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>updateInstanceStatus of an unknown instance answers 000003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>§2.3: instanceId does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>refreshInstance of an unknown instance answers 000003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>newInstance without orderLineId answers 000002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>§2.3: invalid request parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOperationDialog</name>
    <message>
        <location filename="../ui/shell/batch_operation_dialog.cpp" line="+43"/>
        <source>Results</source>
        <comment>of each target of a batch operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the failed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling; calls already sent finish first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Retry the failed ones (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the server: %1 The changes are kept and sent when it answers; you may close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 done, %3 failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finished: %1 done, %2 failed. The reasons are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodySign</name>
    <message>
        <location filename="../app/core/seller/body_sign.cpp" line="+61"/>
        <source>the Body-Sign header is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign must start with sign_type=&quot;HMAC-SHA256&quot; (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: &quot;=&quot; expected after sign_type (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body-Sign: the quote after sign_type= is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body-Sign: sign_type&apos;s value must be in double quotes (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body-Sign: sign_type is &quot;%1&quot;; it must be &quot;HMAC-SHA256&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body-Sign: &quot;,&quot; expected between sign_type and signature (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: signature= expected after the comma (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: &quot;=&quot; expected after signature (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body-Sign: the quote after signature= is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body-Sign: the signature must be in double quotes (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: unexpected text after the signature (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body-Sign: the signature is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body-Sign: the signature is not Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body-Sign: the signature holds %1 bytes; HMAC-SHA256 gives 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Body-Sign: the signature does not match the body: another key, or the body changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/core/org/cache.cpp" line="+169"/>
        <source>The cache needs a file, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cache write failed: another connection kept %1 locked for more than %2 s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cache read failed: another connection kept %1 locked for more than %2 s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cache write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cache read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <location filename="../app/core/seller/canonical_json.cpp" line="+13"/>
        <source>the body is empty; it must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body is JSON but not an object; a signed body is {…}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="+43"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 64 MB; split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 Add --yes to confirm when not running in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="+40"/>
        <source>See above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what would change and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit export: no UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit export: entries before this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit export: only this actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit export: only this action, e.g. member.disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="+53"/>
        <source>--lang: expected en or zh_CN, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>members %1 needs --from-csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 needs a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a time in ISO 8601 form, e.g. 2026-11-29T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%n member(s) in the cache.</source>
        <translation>
            <numerusform>%n member in the cache.</numerusform>
            <numerusform>%n members in the cache.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+166"/>
        <location line="+33"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+166"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+173"/>
        <source>nothing was sent; fix the rows above first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-158"/>
        <source>line %1: %2 cannot change: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 %n member(s)?</source>
        <translation>
            <numerusform>%1 %n member?</numerusform>
            <numerusform>%1 %n members?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
The pending changes are kept; run &quot;marketdesk-cli outbox run&quot; to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pending changes are kept; run &quot;marketdesk-cli outbox run&quot; to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Add %n member(s)?</source>
        <translation>
            <numerusform>Add %n member?</numerusform>
            <numerusform>Add %n members?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 added, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  %2  %3  %4 done, %5 failed, %6 pending of %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sending %n pending change(s)…</source>
        <translation>
            <numerusform>Sending %n pending change…</numerusform>
            <numerusform>Sending %n pending changes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the record kept outside the journal is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The audit journal is intact: %n entr(y/ies).</source>
        <translation>
            <numerusform>The audit journal is intact: %n entry.</numerusform>
            <numerusform>The audit journal is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Its manifest (rows, sequence, SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 is the file exported on %2: %n row(s)</source>
        <translation>
            <numerusform>%1 is the file exported on %2: %n row</numerusform>
            <numerusform>%1 is the file exported on %2: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>journal entries %1 to %2; entry %2 has the chain hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>no audit journal at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-633"/>
        <source>--help: there is no command &quot;%1&quot;; see marketdesk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+672"/>
        <source>note: the demo keeps no record outside its journal, so entries cut off its end cannot be detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: the record kept outside the journal could not be read (%1), so entries cut off its end cannot be detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: nothing is recorded outside this journal yet; the console and the CLI record its end the next time they open this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>It still holds the %n entr(y/ies) recorded outside it on %1.</source>
        <translation>
            <numerusform>It still holds the %n entry recorded outside it on %1.</numerusform>
            <numerusform>It still holds the %n entries recorded outside it on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="-127"/>
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
  audit verify                           check the audit journal&apos;s hash chain
  audit export FILE                      write the journal as CSV (and
                                         FILE.manifest.json beside it)
  audit check FILE                       check an exported CSV against its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>login: the account&apos;s server, e.g. https://console.example.com (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account name (default: the most recently used; for login, userName@tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of messages: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep accounts, caches, outboxes and journals under DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>login: keep tokens in the system keychain (default) or in an encrypted file (file), for machines without a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the encrypted file store&apos;s passphrase from FILE (else MARKETDESK_PASSPHRASE, else the terminal); seller keygen|decrypt-secret: the private key&apos;s passphrase (else the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>login: open the browser ($BROWSER or xdg-open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login: read the endpoints from /.well-known/openid-configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>login: accept only this server public key (base64 SHA-256 of the SPKI); repeat for a backup pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>login: seconds to wait for the browser (300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accounts remove: delete the account&apos;s cache too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV file of userNames for members enable|disable|delete; apps grant|revoke: userNames or kind,id rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>audit export: entries at or after this time (ISO 8601); seller credentials apply|edit: the JSON file of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="-645"/>
        <source>--timeout: expected seconds from 1 to 3600, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>accounts remove needs the account&apos;s NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--server is for login; an account remembers its server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>%1 Sign in again: marketdesk-cli login --account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2 will change (%3), %4 already so, %5 cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n administrator(s)</source>
        <translation>
            <numerusform>%n administrator</numerusform>
            <numerusform>%n administrators</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 to add, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new member(s)</source>
        <translation>
            <numerusform>%n new member</numerusform>
            <numerusform>%n new members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n bad row</numerusform>
            <numerusform>%n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>no account yet; sign in first: marketdesk-cli login --server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="-49"/>
        <source>login: the provider&apos;s authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the provider&apos;s token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the provider&apos;s userinfo endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the provider&apos;s sign-out endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the client ID (default marketdesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the scope (default get_user_info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: also trust the CA certificate(s) in this PEM file; seller debug: trust them for the seller&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A note recorded in the audit journal beside the signed-in identity (which it cannot replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="-399"/>
        <source>--demo reads the demo&apos;s journal only (audit verify, audit export); the demo&apos;s server lives inside marketdesk --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+382"/>
        <source>there is no demo journal in %1 yet; marketdesk --demo writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no account &quot;%1&quot;; see marketdesk-cli accounts list (the console&apos;s demo: --demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="-54"/>
        <source>audit verify|export: the journal of the console&apos;s demo (marketdesk --demo), which has no saved account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/command_help.cpp" line="+134"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <location filename="../app/cli/cli_auth.cpp" line="+36"/>
        <source>--passphrase-file: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the encrypted secret store needs its passphrase: set MARKETDESK_PASSPHRASE or pass --passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase for the encrypted secret store: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>login needs --server URL (the account&apos;s server, e.g. https://tenant.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--secret-store: expected keychain or file, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Open this address in your browser to sign in (waiting up to %n minute(s)):</source>
        <translation>
            <numerusform>Open this address in your browser to sign in (waiting up to %n minute):</numerusform>
            <numerusform>Open this address in your browser to sign in (waiting up to %n minutes):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not start %1; open the address above yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as %1 (%2), %3 of %4 [%5].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account &quot;%1&quot;; tokens kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no account yet; sign in first: marketdesk-cli login --server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>there is no account &quot;%1&quot;; see marketdesk-cli accounts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1; sign in again: marketdesk-cli login --account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the renewed sign-in of &quot;%1&quot; could not be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Signed out of &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No accounts. Sign in with: marketdesk-cli login --server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>* = used when no --account is given (the most recent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1; the account is removed but its stored tokens could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed account &quot;%1&quot; and its cache; its audit journal and outbox stay in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed account &quot;%1&quot;; its data stays in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-234"/>
        <source>cannot keep tokens in the system keychain: %1. Without a keychain service, choose the encrypted file store: --secret-store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot keep tokens in the encrypted file store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSecretCipher</name>
    <message>
        <location filename="../app/core/seller/client_secret_cipher.cpp" line="+35"/>
        <source>unknown OAEP parameters &quot;%1&quot;; expected sha256, sha256-mgf1sha1 or sha1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SHA-256, MGF1 with SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256, MGF1 with SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-1, MGF1 with SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no public key to encrypt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenSSL cannot set up RSA-OAEP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text is %1 bytes; a %2-bit key with these OAEP parameters takes at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSA-OAEP encryption failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>decryption needs the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no OAEP parameters to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ciphertext is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ciphertext is not Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ciphertext is %1 bytes; a %2-bit key gives exactly %3: it was cut, or made for another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it does not decrypt with OAEP %1: another key encrypted it, or other OAEP parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmBatchDialog</name>
    <message numerus="yes">
        <location filename="../ui/org/confirm_batch_dialog.cpp" line="+17"/>
        <source>Enable %n member(s)</source>
        <translation>
            <numerusform>Enable %n member</numerusform>
            <numerusform>Enable %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Disable %n member(s)</source>
        <translation>
            <numerusform>Disable %n member</numerusform>
            <numerusform>Disable %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>Delete %n member</numerusform>
            <numerusform>Delete %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>&lt;b&gt;%1 of %n selected member(s) will change&lt;/b&gt;, %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 of %n selected member will change&lt;/b&gt;, %2.</numerusform>
            <numerusform>&lt;b&gt;%1 of %n selected members will change&lt;/b&gt;, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them administrator(s)</source>
        <translation>
            <numerusform>%n of them administrator</numerusform>
            <numerusform>%n of them administrators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n are already in that state and are left alone.</source>
        <translation>
            <numerusform>%n are already in that state and are left alone.</numerusform>
            <numerusform>%n are already in that state and are left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot change; see below.</source>
        <translation>
            <numerusform>%n cannot change; see below.</numerusform>
            <numerusform>%n cannot change; see below.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled members can no longer use the apps they were authorised for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <location filename="../app/console/console_text.cpp" line="+13"/>
        <source>marketdesk: the KooGallery console for enterprise administrators and sellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Members in the demo enterprise (default 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language for this run: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the first sync, save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_app.cpp" line="+607"/>
        <source>Demo enterprise (sandbox at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_text.cpp" line="+31"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_app.cpp" line="-358"/>
        <location line="+106"/>
        <location line="+70"/>
        <location line="+28"/>
        <location line="+14"/>
        <location line="+42"/>
        <location line="+7"/>
        <location line="+22"/>
        <location line="+45"/>
        <location line="+151"/>
        <source>marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-266"/>
        <location line="+116"/>
        <source>The local data could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-384"/>
        <source>--demo-members: expected 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>later starts on %1 cannot reach this window: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--screenshot-action: only with --demo and --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the demo sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_text.cpp" line="-68"/>
        <source>Start the embedded sandbox, seed it, sign in to it and open the console on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: open the demo as its seller (liu.yang of 云途软件) instead of the enterprise administrator: access keys, production addresses, credentials and the integration debugger against a reference SaaS server started beside the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to this server (https://…) as a new account, unless an account for it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open this saved account (default: the most recently used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --server: keep tokens in the system keychain (default) or an encrypted file (file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep accounts, caches, outboxes and journals under DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open on this section: its name in the navigation (e.g. &quot;License inventory&quot;) or its place (1, 2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --demo and --screenshot: first run this command of the window, named by its object name (e.g. addMemberAction), and show the dialog it opens in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_app.cpp" line="-56"/>
        <source>--secret-store: expected keychain or file, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--demo-seller: only with --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the demo seller&apos;s server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>there is no account &quot;%1&quot;; start without --account to choose or add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The tokens of &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The audit journal&apos;s anchor could not be read (%1); the journal is kept, but its new entries are not anchored this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The renewed sign-in could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the demo&apos;s server is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_text.cpp" line="+25"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_app.cpp" line="+61"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proprietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The demo has one account. Start marketdesk without --demo to use your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of &quot;%1&quot;? The session at the server ends and the tokens are removed from this computer. The local copy, the outbox and the audit journal stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Remove the account &quot;%1&quot; and its stored sign-in from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its cache (the local copy of the organisation) can be deleted too; the audit journal and the outbox always stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove and delete cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove, keep cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--page: there is no page &quot;%1&quot;; the pages are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--screenshot-action: this window has no command &quot;%1&quot;; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--screenshot-action: &quot;%1&quot; went away before it could run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot-action: &quot;%1&quot; (%2) cannot be run on this page now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-264"/>
        <source>%1 (%2) of %3 [%4] at %5
Tokens kept in %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/console_module.cpp" line="+22"/>
        <source>marketdesk: already open on %1 and brought forward; --%2 was not applied (switch accounts there with Ctrl+K, or quit it first)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>marketdesk: already open on %1; that window was asked to come forward
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleLoader</name>
    <message>
        <location filename="../app/console/console_loader.cpp" line="+81"/>
        <source>marketdesk: cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../ui/seller/credential_dialog.cpp" line="+43"/>
        <source>One application instance serves several purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for an application credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>App &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth 2.0 (KooGallery&apos;s unified login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Callback address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not ready: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Production address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multi-instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login address &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA &amp;public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WeLink open platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial software cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pl&amp;atforms (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential is bound to a listed product: only the production address, the login address and the public key may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-instance binding, once on, stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Add a production address and debug it first (Production addresses page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialRules</name>
    <message>
        <location filename="../app/core/seller/credential_rules.cpp" line="+14"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1 characters, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &quot;OAuth2.0&quot; or &quot;SDK&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required for OAuth2.0 (the address that receives code and tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only an OAuth2.0 credential has a callback address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required: a production address that passed debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &quot;shared&quot; or &quot;per-tenant&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;WeLink&quot; or &quot;IndustrialSoftwareCloud&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>multi-instance binding, once on, cannot be switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot change while the credential is bound to a listed product; only addressId, loginUrl and publicKey may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>required: paste the RSA public key (base64, without the BEGIN/END lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters is too long for an RSA public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a private key; paste the public key and keep the private key to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paste the key without the -----BEGIN PUBLIC KEY----- and -----END PUBLIC KEY----- lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../app/core/storage/csv.cpp" line="+104"/>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../app/core/storage/csv_table.cpp" line="+32"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/core/storage/database.cpp" line="+47"/>
        <location line="+16"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has schema version %2, newer than this program knows (%3). Use a newer marketdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No transaction is open on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugCaller</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_caller.cpp" line="+159"/>
        <source>no answer within %1 s (the marketplace&apos;s timeout, §2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>
… (%1 bytes in all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugCheck</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_check.cpp" line="+53"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugCheckModel</name>
    <message>
        <location filename="../models/seller/debug_check_model.cpp" line="+70"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugJudge</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_judge.cpp" line="+22"/>
        <source>HTTP %1 instead of 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer within %1 s: the marketplace gives up after 5 s (§2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1: every interface answers HTTP 200 with a resultCode (§2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is not a JSON object with resultCode and resultMsg (§2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resultCode is missing or not a string (§2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resultCode %1 is not in the table of result codes (§2.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Body-Sign header is missing: every V1 answer carries one (§3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body-Sign is wrong (§3.2: HMAC-SHA256 keyed with the accessKey alone over the exact body, quoted as sign_type=&quot;HMAC-SHA256&quot;, signature= &quot;…&quot;): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 (%2), got %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is missing or not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugReport</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_report.cpp" line="+41"/>
        <source>not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 passed, %2 failed, %3 skipped of %4 checks in %5 ms%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+8"/>
        <source>Integration debugging report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason and exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the report must end in .html or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugRun</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_run.cpp" line="+82"/>
        <source>no callback address was given (--callback): the unified login is checked only against the credential&apos;s callback address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The login provider cannot listen on %1 port %2 (--login-listen): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>not run: it needs %1 from an earlier step of this scenario, which did not give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not run: an earlier call of this scenario got no usable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the preparation &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run: the preparation &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugTarget</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_target.cpp" line="+10"/>
        <source>The production address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The production address must not carry a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The production address must not carry a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for the basic interfaces is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for the Kit interfaces is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basic and Kit interfaces must be bound to different keys (§3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryptType must be 1 (AES-256) or 2 (AES-128), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller&apos;s key for clientSecret must be the public key, not the private one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login suite needs the credential&apos;s callback address (--callback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login provider&apos;s address &quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login provider listens on every address, so which one the seller&apos;s server reaches it at is not known: give it with --login-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback address is on another computer, but the login provider would be reached at %1, that computer&apos;s own loopback: listen on an address it can reach (--login-listen HOST:PORT), and give --login-url when it reaches it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The callback address &quot;%1&quot; is not an http(s) URL such as https://saas.example.com/isv/login/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The callback address must not carry a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <location filename="../ui/org/department_combo.cpp" line="+8"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../ui/org/department_dialog.cpp" line="+35"/>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Name:</source>
        <comment>a department&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Use 1 to 64 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A department with this code exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message numerus="yes">
        <location filename="../models/org/department_tree_model.cpp" line="+94"/>
        <source>%1 (%2): %n member(s) in all, %3 directly</source>
        <translation>
            <numerusform>%1 (%2): %n member in all, %3 directly</numerusform>
            <numerusform>%1 (%2): %n members in all, %3 directly</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../app/console/display_check.cpp" line="+31"/>
        <source>There is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from the desktop, or use marketdesk-cli here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <location filename="../app/core/org/executor.cpp" line="+42"/>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server&apos;s answer to a batch could not be read (%1); it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <location filename="../app/core/seller/field_cipher.cpp" line="+57"/>
        <source>encryptType is &quot;%1&quot;; it must be 1 (AES-256) or 2 (AES-128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the iv must be 16 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenSSL could not encrypt the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the value has %1 characters; it needs the 16-character iv and at least one encrypted block (24 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first 16 characters (the iv) are not ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text after the 16-character iv is not Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted part is %1 bytes, not whole 16-byte AES blocks: the value is cut or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the padding does not check out: a wrong accessKey or encryptType, or a damaged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the decrypted bytes are not UTF-8 text: a wrong accessKey or encryptType, or a damaged value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <location filename="../app/core/identity/file_secret_store.cpp" line="+55"/>
        <source>encrypted file %1 (AES-256-GCM, passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the secret store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a marketdesk secret store, or it is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer marketdesk (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the lock file %1.lock: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the secret store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the passphrase for %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the key derivation settings are missing or weaker than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the key derivation failed (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the passphrase does not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>the secret store %1 is locked; its passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the entry &quot;%1&quot; in %2 is damaged or was not written with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>the secret store %1 is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+184"/>
        <source>encryption failed (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1: the key derivation asks for %2 iterations, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageRenewal</name>
    <message>
        <location filename="../app/core/licenses/image_renewal.cpp" line="+27"/>
        <source>Ended on %1. ECS %2 still runs on this image&apos;s system disk, so the image has been billed on demand (hourly, from the account balance) since. Renew it, or change the ECS&apos;s system disk, to stop that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on %1; no ECS uses it, so nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renews by itself on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ends on %1. If it is not renewed by then and ECS %2 keeps running on this image&apos;s system disk, the image is billed on demand (hourly, from the account balance); changing the system disk before then avoids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Image subscription ends: %1 (ECS %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <location filename="../models/licenses/image_table_model.cpp" line="+52"/>
        <source>Ends within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended — billing on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On demand, %1 %2 an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepaid, yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepaid, monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <location filename="../ui/licenses/images_page.cpp" line="+37"/>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch auto-renew &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch auto-renew o&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export renewal &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export image subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+218"/>
        <source>Export renewal calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Calendars (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+219"/>
        <source>Export image subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-218"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+74"/>
        <source>Image subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n end(s) within a day</source>
        <translation>
            <numerusform>%n ends within a day</numerusform>
            <numerusform>%n end within a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n within 7 days</source>
        <translation>
            <numerusform>%n within 7 days</numerusform>
            <numerusform>%n within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n within 30 days</source>
        <translation>
            <numerusform>%n within 30 days</numerusform>
            <numerusform>%n within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ended and still billing on demand (hourly, from the account balance).</source>
        <translation>
            <numerusform>%n ended and still billing on demand (hourly, from the account balance).</numerusform>
            <numerusform>%n ended and still billing on demand (hourly, from the account balance).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an image subscription to see what its end means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2, order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves ECS %1 (%2) in %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ECS runs on this image&apos;s system disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ECS runs on it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices: %1 %4 a month, %2 %4 a year; on demand %3 %4 an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch auto-renew off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch auto-renew off for %1 on ECS %2?

It then ends on %3. If it is not renewed by then and the ECS keeps running on this image&apos;s system disk, the image is billed on demand — %4 %5 an hour, from the account balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Auto-renew is on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew is off for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Someone changed %1 first; it is shown as it is now. Check it and switch again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-renew was not switched: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <location filename="../app/core/org/impact.cpp" line="+31"/>
        <source>not found in this enterprise (sync, or check the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last enabled administrator cannot be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only a disabled member can be deleted; disable it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/org/import_dialog.cpp" line="+31"/>
        <location line="+110"/>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>A file with a &lt;b&gt;userName&lt;/b&gt; column selects members for enable, disable or delete. A file with the columns &lt;b&gt;userName,name,email,mobile,orgCode[,role]&lt;/b&gt; adds new members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adding… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+165"/>
        <source>%1 will change; %2 will be skipped because of problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="-168"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 added, %2 failed. Failures are in the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do with the listed members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the file would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Enter to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 64 MB; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Add %n member</numerusform>
            <numerusform>Add %n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>disabled → enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled → disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Waiting for the server: %1 The rows not yet added are kept and sent when it answers; you may close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../models/org/import_preview_model.cpp" line="+50"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <location filename="../app/console/instance_channel.cpp" line="+46"/>
        <source>another marketdesk holds %1 but does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>another marketdesk holds %1 but did not take the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../models/apps/inventory_model.cpp" line="+71"/>
        <source>The period ended on %1; renew it to keep the seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reclaimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../ui/apps/inventory_page.cpp" line="+64"/>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reclaim seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;reclaim list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seats per app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats to reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Syncing apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No seat history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(The history could not be brought up to date: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>License inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 apps: %2 seats bought, %3 assigned, %4 free. %5 could be reclaimed (%6 held by disabled members, %7 by deleted ones, %8 never used). %9 period(s) end within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the seat history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reclaim these %n seat(s)…</source>
        <translation>
            <numerusform>Reclaim %n seat…</numerusform>
            <numerusform>Reclaim these %n seats…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reclaim seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reclaim %n seat(s) of %1?</source>
        <translation>
            <numerusform>Reclaim %n seat of %1?</numerusform>
            <numerusform>Reclaim %n seats of %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 held by deleted members, %2 by disabled members, %3 never used. Members who never used the app lose access; seats freed go to whoever waits for one. A reclaimed seat is not given back by an automatic grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export reclaim list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalAnchor</name>
    <message>
        <location filename="../app/core/storage/journal_anchor.cpp" line="+25"/>
        <source>the journal anchor is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the journal anchor has an unknown version &quot;v&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the journal anchor&apos;s &quot;count&quot; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the journal anchor&apos;s &quot;head&quot; is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the journal anchor&apos;s &quot;at&quot; is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalAnchorKeeper</name>
    <message>
        <location filename="../app/core/identity/journal_anchor_keeper.cpp" line="+18"/>
        <source>no secret store to read the journal anchor from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The audit journal&apos;s anchor was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit journal&apos;s anchor could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalAnchorWatch</name>
    <message>
        <location filename="../app/core/storage/journal_anchor_watch.cpp" line="+48"/>
        <source>The audit journal does not match what was recorded outside it (%1); the record is left as it was (marketdesk-cli audit verify).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../app/core/net/json_fields.cpp" line="+23"/>
        <location line="+23"/>
        <location line="+13"/>
        <location line="+39"/>
        <location line="+50"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+83"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an ISO 8601 time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <location filename="../app/core/seller/json_tree.cpp" line="+57"/>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON error at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+28"/>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the text ends where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a number needs digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number must not start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number needs digits after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the number is outside the range of a double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>\u needs four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the string has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a control character must be escaped in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+3"/>
        <source>a lone surrogate in \u escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPairDialog</name>
    <message>
        <location filename="../ui/seller/key_pair_dialog.cpp" line="+53"/>
        <source>Generate a key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KooGallery encrypts each tenant&apos;s client secret with your public key; your server decrypts it with the private key. The private key is written only to the file you choose, encrypted with your passphrase. marketdesk keeps no copy and never uploads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RSA 3072 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 bits (slower to make)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new file, e.g. ~/keys/seller-private.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Private key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Generating the key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key (Base64, as the credential form wants it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the file the private key is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; a private key is never written over another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Generating a %1-bit key pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The private key was written to %1. Keep the file and its passphrase safe: marketdesk cannot recover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key pair was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation.cpp" line="+33"/>
        <source>suite: expected basic or kit, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <location line="+21"/>
        <source>The local data is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rotation of the %1 key of %2 is under way: continue or abandon it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no production address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 binds no %2 key: there is nothing to rotate; bind a key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The rotation does not wait for the new secret to be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no failed step to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The binding was switched to the new key already (or the switch is on its way): the rotation can only be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rotation under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change of this rotation waits for the server&apos;s answer; abandon it once it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The outcome of change %1 could not be read from the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotationDialog</name>
    <message>
        <location filename="../ui/seller/key_rotation_dialog.cpp" line="+58"/>
        <source>Rotate the %1 key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new key replaces the one bound for the %1 interfaces. Nothing is switched before a debugging run with the new key passed against your server, and the old key is deleted only once the server confirmed the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Create a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Install its secret on your server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Debugging run with the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4. Switch the address to the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Retire the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When abandoning, &amp;delete the new unused key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue: the secret is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the rotation kept for this address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the address&apos;s bindings from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A rotation started %1 was resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secret of the new access key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it into your server&apos;s configuration for the %1 interfaces of %2, then press Continue here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo&apos;s server now uses the new key: press Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo&apos;s server did not take the new key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1 (%2), replacing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the new secret into your server&apos;s configuration, then press Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run %1: %2, %3 checks passed, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 binds %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rotation is finished: %1 uses the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rotation was given up; the old key %1 stays bound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotationRecovery</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation_recovery.cpp" line="+89"/>
        <source>The server holds no key named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server lists no %1 run of %2 with key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server holds no production address %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotationStep</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation_step.cpp" line="+28"/>
        <source>The debugging run %1 with the new key failed (%2 checks passed, %3 failed): %4. Check that the new secret is installed on your server, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Key %1 was created, but its secret was answered while nobody was there to receive it and cannot be shown again. Abandon this rotation (deleting %1) and start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 binds %2 for the %3 interfaces, not the new key %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotationStore</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation_store.cpp" line="+85"/>
        <source>The key rotation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/core/identity/keychain_secret_store.cpp" line="+22"/>
        <source>no keychain service is running on this computer (%1); use the encrypted file store instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the keychain entry &quot;%1&quot; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>part %1 of the keychain entry &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/kit_scenarios.cpp" line="+54"/>
        <location line="+30"/>
        <source>marketdesk debugging tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>tenantSync adds a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>§4.1: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>tenantSync add again answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <location line="+45"/>
        <source>§4.0: a repeated add creates nothing and answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-149"/>
        <source>tenantSync modifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1&apos;s tenantSync has no modify (flag 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync modifies the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync deletes the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tenantSync delete of a deleted tenant answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <location line="+45"/>
        <location line="+42"/>
        <source>§4.0: a delete of what is gone answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>tenantSync adds the tenant first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>§3.6: the clientSecret encrypted with the seller&apos;s public key must decrypt (000101: it did not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no seller public key was given (--public-key), so clientSecret cannot be encrypted for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>applicationSync adds an app and decrypts its clientSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applicationSync add again answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync modifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1&apos;s applicationSync has no modify (flag 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync modifies the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync deletes the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§4.2: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync delete of a deleted app answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Debug user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>authSync authorises two users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>§4.3: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>authSync add again answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authSync disables a user (modify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1&apos;s authSync has no cancel (flag 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync cancels a user&apos;s authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync deletes the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authSync delete of deleted users answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>singleOrgSync adds a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>§4.4: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>singleOrgSync add again answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>singleOrgSync renames the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>singleOrgSync deletes the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>singleOrgSync delete of a deleted department answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allOrgSync delivers all departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§4.5: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allOrgSync again answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§4.5: repeated calls create no new data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseDetailsPane</name>
    <message>
        <location filename="../ui/licenses/license_details_pane.cpp" line="+30"/>
        <source>License text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>License %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1, instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective %1; expires %2 (with its order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Issued as a file: %1, %n byte(s), SHA-256 %2. Save it (Ctrl+S): the file is fetched and written only when it matches.</source>
        <translation>
            <numerusform>Issued as a file: %1, %n byte, SHA-256 %2. Save it (Ctrl+S): the file is fetched and written only when it matches.</numerusform>
            <numerusform>Issued as a file: %1, %n bytes, SHA-256 %2. Save it (Ctrl+S): the file is fetched and written only when it matches.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This License is a file; save it to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued as characters: copy them (Ctrl+C) or save them (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a License to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseFingerprint</name>
    <message>
        <location filename="../app/core/licenses/license_fingerprint.cpp" line="+13"/>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fingerprint is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fingerprint is %1 bytes long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Character %1 (U+%2) is not allowed: a fingerprint is printable ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fingerprint starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The fingerprint has %n field(s) separated by &quot;|&quot;; expected 4: MAC|disk|board|CPU (empty ones kept).</source>
        <translation>
            <numerusform>The fingerprint has %n field separated by &quot;|&quot;; expected 4: MAC|disk|board|CPU (empty ones kept).</numerusform>
            <numerusform>The fingerprint has %n fields separated by &quot;|&quot;; expected 4: MAC|disk|board|CPU (empty ones kept).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fingerprint must be upper case: &quot;%1&quot; at character %2 (%3 field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 field has an empty entry between commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MAC field, entry %1: &quot;%2&quot; is not a MAC address (00:1A:2B:3C:4D:5E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All four fields of the fingerprint are empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/license_scenarios.cpp" line="+36"/>
        <location line="+46"/>
        <source>getLicenseAsync issues a License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>getLicenseAsync is a V2 activity; a V1 server has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>§7.1: 000000, or 000004 while issuing asynchronously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open an instance for the License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>§6.1: the instance opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the same eventId and fingerprint again give the same License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§7.1 idempotency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>neither answer carries the License (it is uploaded through the open API, §7.1), so its sameness cannot be seen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a repeated request (same eventId and deviceFingerprint) must give the same License, never a new one; the answer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>getLicenseAsync without a device fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>§2.3: 000903 from a product whose License is bound to a device, success from one that is not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseTableModel</name>
    <message>
        <location filename="../models/licenses/license_table_model.cpp" line="+60"/>
        <source>Takes effect on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Valid, %n day(s) left</source>
        <translation>
            <numerusform>Valid, %n day left</numerusform>
            <numerusform>Valid, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesCache</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_cache.cpp" line="+37"/>
        <source>The licenses cache could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesChange</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_change.cpp" line="+89"/>
        <source>%1 was changed at the server, but the local copy could not be updated: %2. The next sync brings it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>License %1 issued for instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License %1 for instance %2, the one issued before for this eventId and fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image subscription %1 renews by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image subscription %1 no longer renews by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesCli</name>
    <message>
        <location filename="../app/cli/licenses_cli.cpp" line="+37"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>licenses apply needs --instance ID (the instance of a License product; see orders list --type license)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>licenses apply needs --fingerprint F (MAC|disk|board|CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--type: expected saas, license or image, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>images expiring needs --days N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--days: expected a whole number of days from 0 to 3650, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 queued as change %2; sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (going on with the local copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Showing the local copy (synced %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The change is kept; the next marketdesk-cli licenses, orders or images command sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/licenses_cli_options.cpp" line="+13"/>
        <source>licenses apply: the instance of a License product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>licenses apply: the device fingerprint, MAC|disk|board|CPU, upper case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>orders list|export: only orders of this product type (saas, license or image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>orders list|export: only orders whose order or instance has this status (paid, normal, frozen, expired, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>images expiring: subscriptions ending within N days (0 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Orders, Licenses and images (an administrator&apos;s account; exit codes as for the other account commands):
  licenses apply --instance ID --fingerprint F   apply for a License for a License
                                         product&apos;s instance and this device
  orders list [--type saas|license|image] [--status S]
  orders export FILE [--type T] [--status S]   the orders as CSV (UTF-8 with BOM)
  images expiring --days N               image subscriptions ending within N days,
                                         and those past their end still billing
  images export-ics FILE                 the subscriptions&apos; end dates as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesCliView</name>
    <message>
        <location filename="../app/cli/licenses_cli_view.cpp" line="+31"/>
        <source>Licenses %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s).</source>
        <translation>
            <numerusform>%n order.</numerusform>
            <numerusform>%n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On demand: %1 %2 an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image subscription(s) end within %1 day(s) or bill on demand.</source>
        <translation>
            <numerusform>%n image subscription ends within %1 day(s) or bills on demand.</numerusform>
            <numerusform>%n image subscriptions end within %1 day(s) or bill on demand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent before an interruption and answered now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issued as the file %1 (%2 bytes, SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2: %3 (%4). The subscription as it is now renews by itself: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 refused (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 refused (%3): %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesExecutor</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_executor.cpp" line="+63"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../ui/licenses/licenses_page.cpp" line="+57"/>
        <source>&amp;Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply for a License…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save License…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Licenses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>License products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licenses of the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Orders and Licenses synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and Licenses sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Syncing orders and Licenses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Apply for a License (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This License is a file: save it (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the License&apos;s characters (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>License %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device already had License %1; it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The License application was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>License %1 copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Save License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Export Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesRecordJson</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_record_json.cpp" line="+24"/>
        <source>expected an amount such as 31200.00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+159"/>
        <source>only a License product has a License quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected 64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>ends before its period starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesSection</name>
    <message>
        <location filename="../app/console/licenses_section.cpp" line="+25"/>
        <source>marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orders&apos; and Licenses&apos; local data could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesService</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_service.cpp" line="+90"/>
        <source>The account&apos;s sign-in is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+50"/>
        <location line="+125"/>
        <location line="+74"/>
        <location line="+55"/>
        <location line="+22"/>
        <location line="+16"/>
        <source>The local data is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-278"/>
        <source>instanceId: name the instance of a License product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The image subscription %1 is not in the local copy; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server cannot be reached now (%1); the change is kept and sent when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>License %1 was issued as characters, not as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>License %1 is not in the local copy; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-164"/>
        <source>The server&apos;s answer for License %1&apos;s file could not be read (contentBase64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>License %1&apos;s file does not match its record: SHA-256 %2 and %3 bytes received, %4 and %5 bytes expected. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>License %1&apos;s file (%2 bytes, SHA-256 %3) written to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n renewal date(s) to %1.</source>
        <translation>
            <numerusform>Exported %n renewal date to %1.</numerusform>
            <numerusform>Exported %n renewal dates to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>License %1 was issued as a file; save the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>License %1 (%n character(s)) saved to %2.</source>
        <translation>
            <numerusform>License %1 (%n character) saved to %2.</numerusform>
            <numerusform>License %1 (%n characters) saved to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesSync</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_sync.cpp" line="+104"/>
        <source>The server&apos;s %1 listing could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server handed out the page cursor &quot;%1&quot; a second time; the list would never end, so the sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Synced %n change(s) to orders, Licenses and images.</source>
        <translation>
            <numerusform>Synced %n change to orders, Licenses and images.</numerusform>
            <numerusform>Synced %n changes to orders, Licenses and images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingReader</name>
    <message>
        <location filename="../app/core/net/listing_reader.cpp" line="+58"/>
        <source>The server&apos;s listing of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server handed out the page cursor &quot;%1&quot; a second time; the list would never end, so the sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginJudge</name>
    <message>
        <location filename="../app/core/seller/debugger/login_judge.cpp" line="+39"/>
        <source>the callback answered loggedIn: false (HTTP %1)%2: the login of %3 for tenant %4 did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed in %1 instead of %2, the user userinfo named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed the user in for tenant %1 instead of %2, the callback&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed in, but not as authorised for the app although authSync authorised the user, enabled (§4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed in %1 for tenant %2 (HTTP %3, %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1%2: the callback refused the login of %3 for tenant %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1, but the user was never read at userinfo with a token for the code: nothing shows that anybody was signed in (§5 step 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 after the code was exchanged and the user read: taken as signed in (an answer with loggedIn, userName and tenant is checked more closely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the code was never presented at the tenant&apos;s token endpoint ({domainName}/api/v1/oauth2/token, §5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client_id &quot;%1&quot; is not the one applicationSync delivered to tenant %2 (&quot;%3&quot;, §4.2); the provider answered %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no client_secret was sent: the exchange needs the client_secret applicationSync delivered to tenant %1, decrypted (§5.1, §3.6); the provider answered 401 invalid_client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the client_secret sent is not the one applicationSync delivered to tenant %1 (decrypted with the seller&apos;s private key, §3.6); the provider answered 401 invalid_client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grant_type &quot;%1&quot; instead of authorization_code (§5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider refused the exchange: HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanged with tenant %1&apos;s client_id and client_secret (%2); a token was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no token was issued for the code (see login.token), so userinfo could not be read with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a token was issued, but userinfo ({domainName}/api/v1/oauth2/userinfo) was never read with it: the server cannot know who signs in (§5.3)%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n userinfo call(s) came without the bearer issued</source>
        <translation>
            <numerusform>; %n userinfo call came without the bearer issued</numerusform>
            <numerusform>; %n userinfo calls came without the bearer issued</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>userinfo read with the bearer token issued for the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the callback signed %1 in for tenant %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 without a loggedIn field: whether somebody was signed in cannot be told from outside; answer an error status (4xx) or JSON with loggedIn for this check to decide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/login_scenarios.cpp" line="+85"/>
        <source>the callback signs the user in for the right tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code is exchanged with the tenant&apos;s client_id and client_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>userinfo is read with the bearer token issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a code already used signs nobody in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown code signs nobody in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a code of tenant A presented for tenant B signs nobody in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no seller public key was given (--public-key), so no clientSecret can be delivered for the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login provider is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+52"/>
        <source>marketdesk login tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+24"/>
        <source>Debug login user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tenantSync delivers tenant A, its domainName the debugger&apos;s provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync delivers tenant A&apos;s client_id and client_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync authorises the user for the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync delivers tenant B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync delivers tenant B&apos;s client_id and client_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the code had been exchanged already, and a code is used once (§5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the provider had answered invalid_grant to the second exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the provider answered invalid_grant: the code was never issued (§5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; after the provider answered invalid_grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the code was issued for a user of tenant %1 and userinfo said so, but the callback named tenant %2: userinfo&apos;s tenant must be the callback&apos;s (§5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authSync deletes the user again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync deletes tenant A&apos;s app again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync deletes tenant B&apos;s app again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync deletes tenant A again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync deletes tenant B again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <location filename="../app/core/identity/loopback_listener.cpp" line="+49"/>
        <source>cannot listen on 127.0.0.1 for the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+14"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not an HTTP request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only GET is answered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in has already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>marketdesk: signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this tab and return to marketdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>marketdesk: not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in marketdesk is waiting for (its state is missing or different), so it was ignored. If you are signing in, finish it in the browser tab marketdesk opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+17"/>
        <source>marketdesk: sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not complete: %1 You can close this tab and try again in marketdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/identity/callback_request.cpp" line="+54"/>
        <source>The answer from the browser is malformed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="+36"/>
        <source>marketdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export audit &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+171"/>
        <source>seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&lt;b&gt;marketdesk %1&lt;/b&gt;&lt;p&gt;A desktop console for Huawei Cloud KooGallery sellers and enterprise administrators.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Ctrl+Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+110"/>
        <source>Only administrators can make changes; you are signed in as a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are signed out: %1 Changes you make wait in the outbox and are sent once you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetailsPane</name>
    <message>
        <location filename="../ui/org/member_details_pane.cpp" line="+31"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No member selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members selected</source>
        <translation>
            <numerusform>%n members selected</numerusform>
            <numerusform>%n members selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../ui/org/member_dialog.cpp" line="+25"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../app/core/org/member_import.cpp" line="+66"/>
        <source>A user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use letters, digits and . _ @ - only (at most 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email or a mobile number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a mobile number (digits, optionally +, 5–20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>no userName in this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid userName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>&quot;%1&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>the header has no &quot;%1&quot; column (expected userName,name,email,mobile,orgCode[,role])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role must be &quot;admin&quot; or &quot;user&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>department &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>will be added to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../models/org/member_table_model.cpp" line="+219"/>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/core/identity/memory_secret_store.cpp" line="+7"/>
        <source>memory only (forgotten when marketdesk closes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NonceCache</name>
    <message>
        <location filename="../app/core/seller/nonce_cache.cpp" line="+21"/>
        <source>no nonce was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the nonce is longer than 256 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this nonce was used %1 s ago: a replayed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many requests: %1 nonces of the last %2 s are remembered already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthEndpoints</name>
    <message>
        <location filename="../app/core/identity/oauth_endpoints.cpp" line="+83"/>
        <source>the provider configuration has no &quot;%1&quot; URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the provider does not support PKCE with S256, which marketdesk requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 endpoint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no client ID is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>its issuer is &quot;%1&quot;, not this server (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>its &quot;%1&quot; (%2) is not on this server (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationResultsModel</name>
    <message>
        <location filename="../models/common/operation_results_model.cpp" line="+78"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../models/licenses/order_table_model.cpp" line="+44"/>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a License product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order&apos;s period is over (%1): a License can only be applied for within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order&apos;s quota is used up: %1 of %2 License(s) issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order, instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../ui/licenses/orders_page.cpp" line="+47"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search products, sellers, orders and instances (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+54"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 of %n order</numerusform>
            <numerusform>%1 of %n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an order to see its resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 (%2, %3), %4 %5, created %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance %1: %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>License product: %1 of %2 License(s) issued, as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Front end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: %1 (masked by the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: given by the seller; not shown here — the seller&apos;s notice has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: none given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller has not given the instance&apos;s access details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgActions</name>
    <message>
        <location filename="../ui/org/org_actions.cpp" line="+16"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edi&amp;t member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add de&amp;partment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy user names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgBatchOperations</name>
    <message numerus="yes">
        <location filename="../ui/org/org_batch_operations.cpp" line="+35"/>
        <source>Done: %n member(s) changed.</source>
        <translation>
            <numerusform>Done: %n member changed.</numerusform>
            <numerusform>Done: %n members changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgChange</name>
    <message>
        <location filename="../app/core/org/org_change.cpp" line="+95"/>
        <source>%1 was changed at the server, but the local copy could not be updated: %2. The next sync brings it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was changed by someone else meanwhile. Their version is now shown; make your change again on top of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgJson</name>
    <message>
        <location filename="../app/core/org/org_json.cpp" line="+16"/>
        <source>%1.%2: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.%2: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.%2: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2: longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.version: expected a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>items: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deleted: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted[%1]: expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+16"/>
        <location line="+53"/>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1.role: expected &quot;admin&quot; or &quot;user&quot;, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.enabled: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>results: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../ui/org/org_page.cpp" line="+72"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search name, user name, email or mobile (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches the whole enterprise, whichever department is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The local data of this account could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes are waiting to be sent: %1 They go out when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer could not be saved here: %1 The change is kept and saved again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>%n member shown</numerusform>
            <numerusform>%n members shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&quot;%1&quot; still has %2 and %3. Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sub-department(s)</source>
        <translation>
            <numerusform>%n sub-department</numerusform>
            <numerusform>%n sub-departments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the department &quot;%1&quot; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgService</name>
    <message numerus="yes">
        <location filename="../app/core/org/org_service.cpp" line="+313"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>operation %1, %n row(s)</source>
        <translation>
            <numerusform>operation %1, %n row</numerusform>
            <numerusform>operation %1, %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n result(s) to %1.</source>
        <translation>
            <numerusform>Saved %n result to %1.</numerusform>
            <numerusform>Saved %n results to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="-294"/>
        <source>The local copy of the organisation was damaged (%1). It was set aside as %2 and is being rebuilt from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The local copy of the organisation was written by a newer marketdesk (%1). It was set aside as %2 and is being rebuilt from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The answer could not be saved here (%1). The change is kept, and its answer is saved again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The audit journal&apos;s anchor could not be read (%1); it is not updated in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit journal&apos;s anchor is damaged (%1); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The audit journal does not match what was recorded outside it: %1. The record is kept as it was; export the journal and look into it (marketdesk-cli audit verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+111"/>
        <source>The local data is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Nothing was sent: the change could not be recorded first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Operation %1 has no failed member to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Exported %n audit row(s) to %1, with its manifest %2.</source>
        <translation>
            <numerusform>Exported %n audit row to %1, with its manifest %2.</numerusform>
            <numerusform>Exported %n audit rows to %1, with its manifest %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+16"/>
        <source>A change to %1 sent after the server came back was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-312"/>
        <source>The server cannot be reached now; the change is kept and sent when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Cancelled: the account was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/core/storage/outbox.cpp" line="+37"/>
        <location line="+63"/>
        <location line="+103"/>
        <source>outbox write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Nothing was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The server&apos;s answer did not mention this target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../app/core/common/private_files.cpp" line="+26"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <location filename="../app/core/seller/private_key_file.cpp" line="+113"/>
        <source>there is no private key to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passphrase is needed to encrypt the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OpenSSL could not encrypt the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file was named for the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>no file was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; it is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot put the file at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PEM block is damaged or cut short (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no PEM block (-----BEGIN …-----) in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>the private key is encrypted: its passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the encrypted private key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the encrypted private key asks for %1 rounds of key derivation, more than the %2 marketdesk allows (opening it would take minutes or longer); re-encrypt it with fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>the passphrase is wrong (or the key file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>OpenSSL could not read the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a public key; the private key is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PEM block holds a %1, not a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is an %1 private key; KooGallery uses RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 1 MB; it is not a key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKeyCheck</name>
    <message>
        <location filename="../app/core/seller/public_key_check.cpp" line="+46"/>
        <location line="+31"/>
        <source>this is Base64, but not a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the key is cut short: its DER structure announces more bytes than there are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>this is a private key: never paste or upload it; give the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+38"/>
        <source>this is a certificate, not a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>there are %1 stray bytes after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is an %1 key; KooGallery needs an RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this RSA key has %1 bits; KooGallery needs at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the BEGIN line is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PEM block has no &quot;%1&quot; line: it is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PEM block holds a %1, not a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this is not Base64: an unexpected character at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not Base64: &quot;=&quot; is padding and belongs at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Base64 text stops inside a group of four characters: the key is cut short or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not Base64 (its padding is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKeyField</name>
    <message>
        <location filename="../ui/seller/public_key_field.cpp" line="+31"/>
        <source>Paste the RSA public key (PEM or Base64, at least 3072 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate key &amp;pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>RSA %1 bits: accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.pub *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is too large to be a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/view_settings.cpp" line="+24"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Language of marketdesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language applies the next time marketdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReclaimList</name>
    <message>
        <location filename="../app/core/apps/reclaim_list.cpp" line="+51"/>
        <source>deleted at the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReclaimListModel</name>
    <message>
        <location filename="../models/apps/reclaim_list_model.cpp" line="+74"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it can go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRowCheck</name>
    <message>
        <location filename="../app/core/seller/debugger/reference_row_check.cpp" line="+29"/>
        <source>repeated Kit adds create no new rows (reference server only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not visible through the protocol: a Kit answer carries only a code, so a second row stored for a repeated add cannot be seen from outside (against marketdesk&apos;s reference server, --reference-state reads its counters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>marketdesk debugging tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debug user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>read the reference server&apos;s row counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GET /_reference/state has no kitRows.total: not marketdesk&apos;s reference server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>repeating tenantSync, singleOrgSync and authSync adds changed the server&apos;s Kit rows from %1 to %2: a repeated add must create nothing (§4.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RsaKey</name>
    <message>
        <location filename="../app/core/seller/rsa_key.cpp" line="+12"/>
        <source>an RSA key for KooGallery has 3072 or 4096 bits, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenSSL could not generate an RSA key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatForecaster</name>
    <message>
        <location filename="../app/core/apps/seat_forecast.cpp" line="+72"/>
        <source>At the current trend (%1 seats a day), seats run out on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every seat is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat use is not growing; no run-out date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough history for a trend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message>
        <location filename="../ui/seller/secret_reveal_dialog.cpp" line="+21"/>
        <source>Shown once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the only time the secret is shown. Store it now: marketdesk keeps no copy, and the server shows it only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+70"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copies the secret; the clipboard is cleared %n second(s) later.</source>
        <translation>
            <numerusform>Copies the secret; the clipboard is cleared %n second later.</numerusform>
            <numerusform>Copies the secret; the clipboard is cleared %n seconds later.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard holds something else now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret was neither copied nor shown. It cannot be shown again; close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/security_scenarios.cpp" line="+27"/>
        <source>a Kit call with a wrong signature is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a basic call with a wrong signature is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a signature that does not verify is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V1 defines no freshness window and no nonce (§3.1); only its authToken is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a call with an old timestamp is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a replayed call (same nonce) is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Kit call with a timestamp 10 minutes old is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a basic call with a timestamp 10 minutes old is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a timestamp more than 60 s from now is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send a call to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a correctly signed call was refused with 000001, so a replay cannot be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a replayed Kit call (same nonce) is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a replayed basic call (same nonce) is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a nonce already used is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>answers carry a Body-Sign that verifies and is quoted as specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerAddressModel</name>
    <message>
        <location filename="../models/seller/seller_address_model.cpp" line="+35"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Production address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerAddressesPage</name>
    <message>
        <location filename="../ui/seller/seller_addresses_page.cpp" line="+29"/>
        <source>&amp;Add production address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run debugging: &amp;basic interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run debugging: &amp;Kit sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the basic &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the Kit k&amp;ey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Debugging runs of the selected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debugging runs at the Seller Center (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No production addresses yet: Add production address (Ctrl+N). Make access keys first, one for the basic interfaces and one for Kit sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Production addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Bind keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave %1 without a key for the %2? KooGallery&apos;s calls of that kind will not verify until a key is bound again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basic interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The Seller Center is debugging %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Debugging of %1 (%2): %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerCache</name>
    <message>
        <location filename="../app/core/seller/client/seller_cache.cpp" line="+39"/>
        <source>The seller cache could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerCenterCli</name>
    <message>
        <location filename="../app/cli/seller_center_cli.cpp" line="+40"/>
        <source>unknown command &quot;seller %1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by seller %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller %1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seller addresses bind needs --basic-key KEY_ID, --kit-key KEY_ID or both (&quot;&quot; unbinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--suite: expected basic, kit or all, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key runs one suite: add --suite basic or --suite kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seller %1 needs --from FILE.json (the credential form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 (going on with the local copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1
Showing the local copy (synced %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no credential &quot;%1&quot; in the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The change is kept; the next marketdesk-cli seller command sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/seller_center_options.cpp" line="+13"/>
        <source>seller keys create, rotate-key, credentials apply|test-account: write the secret the server shows once to FILE, a new 0600 file (never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller keys create, rotate-key, credentials apply|test-account: print the secret on standard output instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller … list|show: the local copy, without asking the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller keys create: the key&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller addresses add|bind: the key for the basic interfaces (bind: &quot;&quot; unbinds, absent keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller addresses add|bind: the key for the Kit interfaces (bind: &quot;&quot; unbinds, absent keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller addresses debug: run with this key instead of the bound one (before switching to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Seller Center (a seller&apos;s account; exit codes as for the other account commands):
  seller keys list [--json] [--offline]        the access keys (secrets masked)
  seller keys create [--name N] --secret-out FILE|--print-secret
  seller keys delete KEY_ID
  seller addresses list [--json] [--offline]   production addresses, debug state
  seller addresses add URL [--basic-key K] [--kit-key K]
  seller addresses bind ADDRESS_ID [--basic-key K] [--kit-key K]
  seller addresses debug ADDRESS_ID [--suite basic|kit|all] [--key K]
  seller credentials list [--json] [--offline]
  seller credentials show APP_ID [--json] [--offline]
  seller credentials apply --from FILE.json --secret-out FILE|--print-secret
  seller credentials edit APP_ID --from FILE.json   (FILE may be the output of show
                                           --json; its version is the one it was read at)
  seller credentials test-account APP_ID --secret-out FILE|--print-secret
  (a secret is shown once: it goes to the --secret-out file, never to a log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerCenterView</name>
    <message numerus="yes">
        <location filename="../app/cli/seller_center_view.cpp" line="+39"/>
        <source>%n key(s).</source>
        <translation>
            <numerusform>%n key.</numerusform>
            <numerusform>%n keys.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n production address(es).</source>
        <translation>
            <numerusform>%n production address.</numerusform>
            <numerusform>%n production addresses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no test account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n credential(s).</source>
        <translation>
            <numerusform>%n credential.</numerusform>
            <numerusform>%n credentials.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Debugging run %1 (%2 suite, key %3): %4, %5 of %6 checks passed. %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent before an interruption and answered now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test account: domain %1, tenantId %2, account %3 (its password is shown once, where --secret-out or --print-secret said).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2: %3 (%4). The record as it is now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the change again on top of it (e.g. seller credentials show %1 --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 was refused (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerChange</name>
    <message>
        <location filename="../app/core/seller/client/seller_change.cpp" line="+147"/>
        <source>%1 was changed at the server, but the local copy could not be updated: %2. The next sync brings it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerCredentialModel</name>
    <message>
        <location filename="../models/seller/seller_credential_model.cpp" line="+69"/>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerCredentialsPage</name>
    <message>
        <location filename="../ui/seller/seller_credentials_page.cpp" line="+22"/>
        <source>&amp;Apply for a credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a &amp;test account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credentials yet: Apply for a credential (Ctrl+N). It needs a production address that passed debugging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Credential for %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Request a test account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a test account already. Request a new one? The password of the new one is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test account for %1 ready; its password is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerDebug</name>
    <message>
        <location filename="../app/cli/seller_debug.cpp" line="+77"/>
        <source>--login-listen: expected an IP address and a port such as 127.0.0.1:8765, 0.0.0.0:8765 or [::1]:0, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--app-id: at most 64 characters (§4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--login-url: &quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--suite login needs --public-key: applicationSync delivers the client_secret encrypted with it (§3.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--suite: expected basic, kit, license, login or all, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--mode: expected v1 or v2, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--address: &quot;%1&quot; is not an http(s) URL such as https://saas.example.com/isv/produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--basic-key-file and --kit-key-file hold the same key; KooGallery binds the basic and the Kit interfaces to different keys (§3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--report: %1 must end in .html or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--report: the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 passed, %2 failed, %3 skipped of %4 checks in %5 ms (%6, %7, run %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check of this suite could run against %1; nothing was shown to work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerDebugDesk</name>
    <message>
        <location filename="../app/core/seller/client/seller_debug_desk.cpp" line="+43"/>
        <source>Another debugging run is in progress; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The run is not in the audit journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The run has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no debugging run to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerDebuggerPage</name>
    <message>
        <location filename="../ui/seller/seller_debugger_page.cpp" line="+62"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Debugger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Production address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Production address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V2 (signature headers, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1 (authToken, AES fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-256 (encryptType 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-128 (encryptType 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Suite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the secret of the key bound for the basic interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secret of the key bound for Kit sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic interfaces key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit sync key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basic key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kit key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key for clientSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the credential&apos;s callback address, for the unified login (optional in All)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call&amp;back address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys stay in this window&apos;s memory for this session and are never saved. Calls carry testFlag=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by check, rule, code or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request and answer of the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a check to see its request and answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+293"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Integration debugger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>none (skip the clientSecret checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credential %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The credential&apos;s public key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose or type the production address to debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login suite needs the credential&apos;s callback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login suite sends the client secret encrypted with the credential&apos;s public key: choose the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Running against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2 passed, %3 failed, %4 skipped of %5 checks in %6 ms (run %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integration debugging run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2, %3)
%4: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: HTTP %1 in %2 ms, result code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerExecutor</name>
    <message>
        <location filename="../app/core/seller/client/seller_executor.cpp" line="+64"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerFormFile</name>
    <message>
        <location filename="../app/cli/seller_form_file.cpp" line="+14"/>
        <source>--from: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from: %1 is not JSON: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from: %1 must hold one JSON object (the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerInputs</name>
    <message>
        <location filename="../app/cli/seller_inputs.cpp" line="+25"/>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 is empty; it holds the accessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 has more than one line; it holds the accessKey alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 starts or ends with a space, which would become part of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--passphrase-file: %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the private key is encrypted with a passphrase: pass --passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the private key is encrypted: pass --passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase for the private key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerKeyModel</name>
    <message>
        <location filename="../models/seller/seller_key_model.cpp" line="+20"/>
        <source>%1 (basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerKeyTools</name>
    <message>
        <location filename="../app/cli/seller_key_tools.cpp" line="+60"/>
        <source>the decrypted value is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--iv: expected 16 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>decrypted with OAEP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--bits: expected 3072 or 4096, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out: the private key&apos;s file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out: %1 exists already; a private key is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>wrote the encrypted %1-bit private key to %2; upload the public key printed above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerKeysPage</name>
    <message>
        <location filename="../ui/seller/seller_keys_page.cpp" line="+25"/>
        <source>&amp;New access key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete access key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access keys yet. A production address needs one key for the basic interfaces and another for Kit sync: New access key (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>New access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A name that says what the key is for (up to %1 characters), e.g. &quot;basic 2026&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the access key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access key %1 created; its secret is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <source>Delete access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (%2) is bound to %3. Bind another key there first (a key rotation does it step by step), then delete this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the access key %1 (%2)? A server that still signs with it will be refused by KooGallery. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access key %1 (%2) deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerLabels</name>
    <message>
        <location filename="../models/seller/seller_labels.cpp" line="+6"/>
        <source>no key bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not debugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain per tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basic interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unified login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerRecordJson</name>
    <message>
        <location filename="../app/core/seller/client/seller_record_json.cpp" line="+122"/>
        <location line="+21"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: unknown field (the form has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an application has no version yet; leave it out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerRotateCli</name>
    <message>
        <location filename="../app/cli/seller_rotate_cli.cpp" line="+24"/>
        <source>seller rotate-key: go on with the rotation kept for the address and suite (after installing the new secret, or to retry a step that failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller rotate-key: give the rotation up before the switch; the new key is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller rotate-key --abandon: keep the new key instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access key rotation (a seller&apos;s account):
  seller rotate-key --address ADDRESS_ID --suite basic|kit
      --secret-out FILE|--print-secret   create a new key; install its secret on
                                         your server, then:
  seller rotate-key --address ADDRESS_ID --suite basic|kit --continue
                                         run the debugger with the new key,
                                         switch to it, delete the old one
  seller rotate-key --address ADDRESS_ID --suite basic|kit --abandon [--keep-new-key]
  (exit 3: the debugging run with the new key failed; --continue retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by seller rotate-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seller rotate-key needs --address ADDRESS_ID (see seller addresses list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--suite: expected basic or kit, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--continue and --abandon: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep-new-key goes with --abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new key&apos;s secret goes where the command that started the rotation said; --secret-out and --print-secret start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A rotation of the %1 key of %2 is under way (%3): %4, or --abandon it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no rotation of the %1 key of %2 under way; start one with --secret-out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1/5 created: new key %1 (%2), old key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2/5 installed: confirmed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3/5 tested: debugging run %1 with %2: %3, %4 checks passed, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4/5 switched: %1 binds %2 for the %3 interfaces (version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5/5 retired: old key %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give it up: marketdesk-cli seller rotate-key --address %1 --suite %2 --abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then: %1 (or --abandon before the switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
The rotation is kept; %2 picks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>creating a new key for the %1 interfaces of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running the %1 debugging suite against %2 with %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>switching %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting the old key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new key&apos;s secret could not be kept. Give the rotation up: marketdesk-cli seller rotate-key --address %1 --suite %2 --abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2/5 install the new secret on your server (for the %1 interfaces), then: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rotation is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rotation was given up; the old key %1 stays bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rotation was given up: the new key %1 was deleted; the old key %2 stays bound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerRunModel</name>
    <message>
        <location filename="../models/seller/seller_run_model.cpp" line="+54"/>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerSecretSink</name>
    <message>
        <location filename="../app/cli/seller_secret_sink.cpp" line="+24"/>
        <source>--secret-out and --print-secret: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the secret is shown once: name a new file for it with --secret-out FILE (or pass --print-secret to see it on the terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--secret-out: %1 exists already; a secret is never written over a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--secret-out: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the secret of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app secret of credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password of the test account %1 of credential %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (answered now to a change sent before an interruption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 arrived%2 to be printed, but this command&apos;s output is not a terminal; it was not printed. It cannot be shown again: create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>%1%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 arrived%2, but nobody said where to keep it; it was not written anywhere. It cannot be shown again: create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is in %2 (written before the interruption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 arrived%2, but %3 exists now and is not overwritten; the secret was not written. It cannot be shown again: create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written to %2: %3. It cannot be shown again: create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written to %2 (0600); it is shown this once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerService</name>
    <message>
        <location filename="../app/core/seller/client/seller_service.cpp" line="+163"/>
        <location line="+22"/>
        <location line="+26"/>
        <location line="+141"/>
        <location line="+17"/>
        <source>The local data is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The production address %1 is not in the local copy; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>suite: expected basic or kit, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Credential %1 is not in the local copy and no version was given; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server cannot be reached now (%1); the change is kept and sent when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelled: the account was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A debugging run is in progress; export the audit journal when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n audit row(s) to %1, with its manifest %2.</source>
        <translation>
            <numerusform>Exported %n audit row to %1, with its manifest %2.</numerusform>
            <numerusform>Exported %n audit rows to %1, with its manifest %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellerSession</name>
    <message>
        <location filename="../ui/seller/seller_session.cpp" line="+19"/>
        <source>Seller Center synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes wait in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Syncing the Seller Center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A change sent earlier (%1, %2) is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change sent earlier (%1, %2) ended: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Secret of access key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it on your server for the interfaces this key signs. KooGallery shows it only now; marketdesk keeps it nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret of application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it in your server&apos;s configuration for KooGallery&apos;s unified login. It is shown only now; marketdesk keeps it nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password of test account %1 at %2 (tenant %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of the test account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with it to try the application as a buyer would. It is shown only now; marketdesk keeps it nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This answer arrived after a restart, for a change sent earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerSync</name>
    <message>
        <location filename="../app/core/seller/client/seller_sync.cpp" line="+74"/>
        <source>A sync is running; its end brings the runs too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server handed out the page cursor &quot;%1&quot; a second time; the list would never end, so the sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+8"/>
        <source>The server&apos;s %1 listing could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The debugging runs of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Synced %n seller change(s).</source>
        <translation>
            <numerusform>Synced %n seller change.</numerusform>
            <numerusform>Synced %n seller changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellerTablePage</name>
    <message>
        <location filename="../ui/seller/seller_table_page.cpp" line="+37"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 was changed by someone else meanwhile; the list now shows their version. Look at it and try again.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerTools</name>
    <message>
        <location filename="../app/cli/seller_tools.cpp" line="+126"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by seller %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller %1 needs --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller %1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+72"/>
        <source>--scheme: expected v2, kit, v1 or body-sign, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+77"/>
        <source>--%1 is for v2 and kit; v1 takes the timeStamp in the body, body-sign none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>--timestamp: expected UNIX milliseconds, e.g. 1680508066618, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--nonce: expected 1 to 128 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; or &quot;~&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>seller verify --scheme %1 needs --%2 (the one sent with the signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/seller_options.cpp" line="+12"/>
        <source>seller sign|verify: v2 (signature), kit (x-sign), v1 (authToken) or body-sign (Body-Sign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller: the file holding the accessKey (one line; never printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller sign|verify v2/kit: UNIX milliseconds (sign: default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller sign|verify v2/kit: the nonce (sign: default random).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller verify: the signature, authToken or Body-Sign value received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seller encrypt-field: this iv (16 letters or digits) instead of a random one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seller encrypt-secret|decrypt-secret: sha256 (default), sha256-mgf1sha1 or sha1; decrypt-secret tries all three when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller decrypt-secret: the private key file (PEM, usually encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller keygen: 3072 or 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller keygen: where to write the encrypted private key; decrypt-field and decrypt-secret: where to write the decrypted value (a new file, 0600; never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>seller debug: the credential&apos;s callback address for the login suite (https; http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: where the login suite&apos;s OAuth provider listens (default 127.0.0.1:0, a free port on this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller debug: the address the seller&apos;s server reaches the OAuth provider at, sent as the tenant&apos;s domainName (default http://HOST:PORT of --login-listen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: the credential&apos;s appId for the login suite&apos;s applicationSync and authSync (default: one made up per run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seller tools (exit 0 done, 1 failed check or content, 2 bad option or file):
  seller sign --scheme v2|kit|v1|body-sign --key-file F [--timestamp MS]
      [--nonce N] BODY_FILE                sign as the marketplace or the seller
  seller verify --scheme … --key-file F --signature S [--timestamp MS --nonce N]
      BODY_FILE                            check a received signature
  seller encrypt-field --key-file F [--encrypt-type 1|2] [--iv IV] VALUE_FILE
  seller decrypt-field --key-file F [--encrypt-type 1|2] --out FILE CIPHERTEXT
                                           V1 mobilePhone, email, appInfo
  seller encrypt-secret --public-key F [--oaep SET] VALUE_FILE
  seller decrypt-secret --private-key F [--passphrase-file P] [--oaep SET]
      --out FILE CIPHERTEXT                applicationSync clientSecret
  (VALUE_FILE holds the plain value, - reads it from stdin; plain values never go
  on the command line or the terminal)
  seller keygen --bits 3072|4096 --out PRIVATE.pem [--passphrase-file P]
                                           a key pair; prints the public key
  seller debug --address URL --suite basic|kit|license|login|all [--mode v1|v2]
      --basic-key-file F --kit-key-file F [--public-key PEM] [--ca-file PEM]
      [--encrypt-type 1|2] [--report FILE.html|FILE.json] [--json]
      [--callback URL [--login-listen HOST:PORT] [--login-url URL] [--app-id ID]]
                                           the integration debugger: exit 0 when
                                           every check passed, 1 when one failed;
                                           the login suite (in all only with
                                           --callback) needs --public-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>seller debug: print the report as JSON; seller … list|show: print the records as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>seller encrypt-field|decrypt-field|debug: 1 (AES-256, default) or 2 (AES-128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seller encrypt-secret: the RSA public key (PEM or bare Base64); seller debug: the credential&apos;s public key, for the login suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>seller debug: the production address (https; http only on this computer); seller rotate-key: the production address&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: basic, kit, license, login or all; seller addresses debug: basic, kit or all (default: every bound suite); seller rotate-key: basic or kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: the protocol, v2 (default) or v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller debug: the file holding the basic interfaces&apos; accessKey (never printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller debug: the file holding the Kit interfaces&apos; accessKey (never printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller debug: also write the report to FILE.html or FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seller debug: the address is marketdesk&apos;s reference server; read its row counters for the repeated-Kit-add check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellerUrls</name>
    <message>
        <location filename="../app/core/seller/seller_urls.cpp" line="+11"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1 characters, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a space or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid URL (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; needs a scheme and a host, e.g. https://isv.example.com/produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheme &quot;%1&quot; is not allowed; use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not carry a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not have a fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http is allowed only for a loopback host (127.0.0.1, ::1, localhost); use https for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must not have a query (?…): the marketplace appends /produceAPI/… to the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the marketplace calls domain names only, not an IP address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the marketplace calls port 443 only, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <location filename="../app/console/sign_in_controller.cpp" line="+34"/>
        <location line="+21"/>
        <source>Encrypted secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase for the new encrypted secret store %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+12"/>
        <location line="+24"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in at the server; collecting the tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading who you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the server&apos;s sign-in configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The tokens cannot be kept in the system keychain: %1

Choose &quot;Encrypted file&quot; to keep them in a file protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tokens cannot be kept in the encrypted file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/sign_in_dialog.cpp" line="+19"/>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If no browser opened, open this address in one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in in your browser; marketdesk continues by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the address below into a browser to sign in; marketdesk continues by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../app/core/identity/sign_in_flow.cpp" line="+26"/>
        <source>No answer came back from the browser within %1 minutes; the sign-in was stopped. Start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No answer to this sign-in came back from the browser within %1 minutes; %n answer(s) that did not belong to it (wrong or missing state) were refused. The sign-in was stopped. Start it again when ready.</source>
        <translation>
            <numerusform>No answer to this sign-in came back from the browser within %1 minutes; %n answer that did not belong to it (wrong or missing state) were refused. The sign-in was stopped. Start it again when ready.</numerusform>
            <numerusform>No answer to this sign-in came back from the browser within %1 minutes; %n answers that did not belong to it (wrong or missing state) were refused. The sign-in was stopped. Start it again when ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The sign-in was stopped: %n answer(s) reached its address on this computer that did not belong to it (wrong or missing state), so another program or a web page may be interfering. No token was requested. Start it again.</source>
        <translation>
            <numerusform>The sign-in was stopped: %n answer reached its address on this computer that did not belong to it (wrong or missing state), so another program or a web page may be interfering. No token was requested. Start it again.</numerusform>
            <numerusform>The sign-in was stopped: %n answers reached its address on this computer that did not belong to it (wrong or missing state), so another program or a web page may be interfering. No token was requested. Start it again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not read the server&apos;s sign-in configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s sign-in configuration cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server did not sign you in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer from the browser has no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server did not accept the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s token answer cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in, but who you are could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in, but the user information cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The answer from the browser comes from another server (issuer &quot;%1&quot;, expected &quot;%2&quot;); it was refused and no token was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer from the browser does not say which server sent it (no &quot;iss&quot;), though the server promised to; it was refused and no token was requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageProblem</name>
    <message>
        <location filename="../app/core/storage/storage_problem.cpp" line="+79"/>
        <source>the disk is full (%1 free): free some space, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its folder or disk is read-only, and marketdesk keeps its data there: make it writable, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program (another marketdesk, or a database tool) kept it locked: close that program, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a marketdesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchImpactText</name>
    <message>
        <location filename="../app/core/apps/client/switch_impact.cpp" line="+26"/>
        <source>Switching &quot;%1&quot; off stops everyone from using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n member(s) who can use it now lose access</source>
        <translation>
            <numerusform>%n member who can use it now loses access</numerusform>
            <numerusform>%n members who can use it now lose access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, including %n administrator(s) (%1)</source>
        <translation>
            <numerusform>, including %n administrator (%1)</numerusform>
            <numerusform>, including %n administrators (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s) waiting for a seat keep waiting.</source>
        <translation>
            <numerusform>%n member waiting for a seat keeps waiting.</numerusform>
            <numerusform>%n members waiting for a seat keep waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorisations and seats stay as they are: switching it on again gives everything back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../app/core/org/sync_engine.cpp" line="+77"/>
        <source>Sync cancelled; it continues from here next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Departments page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Synced %n change(s).</source>
        <translation>
            <numerusform>Synced %n change.</numerusform>
            <numerusform>Synced %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimestampWindow</name>
    <message>
        <location filename="../app/core/seller/timestamp_window.cpp" line="+12"/>
        <source>no timestamp was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the timestamp is not a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the timestamp has %1 digits; UNIX milliseconds have 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the timestamp is in seconds; the marketplace sends milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timestamp is %1 s old; at most %2 s are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the timestamp is %1 s ahead of this clock; at most %2 s are accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <location filename="../app/core/net/tls_policy.cpp" line="+47"/>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds a damaged certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a public-key pin: expected the base64 of a SHA-256 hash (44 characters ending in =)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the server&apos;s public key (pin %1) is not one of the pinned keys for this account; the connection was closed before anything was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject &quot;%1&quot;, issuer &quot;%2&quot;, valid %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (certificate: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <location filename="../app/core/identity/token_set.cpp" line="+21"/>
        <source>the token answer has no &quot;access_token&quot; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token answer&apos;s &quot;token_type&quot; is &quot;%1&quot;; only Bearer is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the token answer&apos;s &quot;expires_in&quot; is not a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token answer&apos;s &quot;refresh_token&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the stored sign-in is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the stored sign-in has no access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <location filename="../app/core/identity/user_info.cpp" line="+37"/>
        <source>the user information has no &quot;userName&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UtilisationChart</name>
    <message>
        <location filename="../ui/apps/utilisation_chart.cpp" line="+32"/>
        <source>Seats assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trend: seats run out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2 of %3 seats assigned (%4 free)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>V1AuthToken</name>
    <message>
        <location filename="../app/core/seller/v1_auth_token.cpp" line="+45"/>
        <source>at byte %1: &quot;%&quot; must be followed by two hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at byte %1: the decoded text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>at byte %1: a parameter without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parameter &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the body is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>there is no timeStamp parameter; the key is accessKey + timeStamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no authToken was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the authToken does not match: another key, or other parameters were signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>V1Scenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/v1_scenarios.cpp" line="+26"/>
        <source>encryptType &quot;%1&quot; is neither 1 (AES-256) nor 2 (AES-128) (§3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>appInfo.%1 does not decrypt with the basic key and encryptType %2 (§3.3): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>§6.2: 000000, or 000004 while opening asynchronously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>newInstance opens an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>newInstance again for the same order answers the same instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>§6.2 idempotency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>the same orderId and productId must answer the same instanceId: first &quot;%1&quot;, now &quot;%2&quot; (a second instance was opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same order must answer the same appInfo; it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queryInstance returns the instance with its appInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>§6.2: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>§6.2: success for a live instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refreshInstance renews the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>instanceStatus freezes the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>instanceStatus makes the instance normal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expireInstance freezes the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upgrade upgrades the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>releaseInstance releases the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>releaseInstance of a released instance answers success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idempotent per instanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>instanceStatus of an unknown instance answers 000003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>§2.3: instanceId does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>newInstance without customerId answers 000002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>§2.3: invalid request parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>V2Signature</name>
    <message>
        <location filename="../app/core/seller/v2_signature.cpp" line="+44"/>
        <source>no signature was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature has %1 characters; an HMAC-SHA256 in hex has 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature does not match: another key, body, nonce or timestamp was signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
