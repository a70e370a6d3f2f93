<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountManager</name>
    <message>
        <location filename="../app/core/identity/account_manager.cpp" line="+47"/>
        <source>the encrypted secret store %1 is locked; its passphrase is needed</source>
        <translation>加密密钥库 %1 已锁定；需要输入其口令</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Signed in, but the account cannot be named after the user: %1</source>
        <translation>已登录，但无法以该用户命名账号：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in, but the tokens could not be kept: %1</source>
        <translation>已登录，但无法保存令牌：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>account &quot;%1&quot; is signed out</source>
        <translation>账号“%1”已退出登录</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server has no sign-out address; the tokens were removed here.</source>
        <translation>服务器没有退出登录地址；已在本机删除令牌。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The session at the server was ended and the tokens removed.</source>
        <translation>已结束服务器上的会话并删除令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not end the session (%1); the tokens were removed here.</source>
        <translation>服务器未能结束会话（%1）；已在本机删除令牌。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no account &quot;%1&quot;</source>
        <translation>没有名为“%1”的账号</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Its stored tokens could not be removed: %1</source>
        <translation>无法删除其保存的令牌：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot create the lock file %1/accounts.lock: %2</source>
        <translation>无法创建锁文件 %1/accounts.lock：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>You signed in as %1 of %2, but the account &quot;%3&quot; belongs to %4 of %5. Sign in as that user, or add a new account.</source>
        <translation>您以 %2 的 %1 登录，但账号“%3”属于 %5 的 %4。请以该用户登录，或添加一个新账号。</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>the account list in %1 is locked by another program</source>
        <translation>%1 中的账号列表正被其他程序锁定</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The session at the server could not be ended (%1); the tokens were removed here.</source>
        <translation>无法结束服务器上的会话（%1）；令牌已从本机删除。</translation>
    </message>
</context>
<context>
    <name>AccountServiceOpener</name>
    <message>
        <location filename="../app/cli/account_service_opener.cpp" line="+45"/>
        <source>%1 Sign in again: marketdesk-cli login --account %2</source>
        <translation>%1 请重新登录：marketdesk-cli login --account %2</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/core/identity/account_store.cpp" line="+82"/>
        <source>account &quot;%1&quot; has no valid server</source>
        <translation>账号“%1”没有有效的服务器地址</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>account &quot;%1&quot;: unknown secret store &quot;%2&quot;</source>
        <translation>账号“%1”：未知的密钥存储“%2”</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a usable account name: 1 to 64 letters, digits and . _ @ - (not starting with a dot)</source>
        <translation>“%1”不能用作账号名：需为 1 到 64 个字母、数字及 . _ @ -（不能以点开头）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: %2 at byte %3</source>
        <translation>%1 已损坏：%2（第 %3 字节）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, account %2: %3</source>
        <translation>%1，第 %2 个账号：%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../ui/shell/account_switcher.cpp" line="+19"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch account</source>
        <translation>切换账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search accounts: name, enterprise, user, server</source>
        <translation>搜索账号：名称、企业、用户、服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search accounts</source>
        <translation>搜索账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved accounts</source>
        <translation>已保存的账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch</source>
        <translation>切换(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No saved accounts yet: add one to sign in.</source>
        <translation>还没有保存的账号：添加一个以登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2
%3 · %4 · %5</source>
        <translation>%1 — %2
%3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &quot;%1&quot; at %2</source>
        <translation>账号“%1”，服务器 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/shell/add_account_dialog.cpp" line="+23"/>
        <source>Read the sign-in endpoints from the server (/.well-known/openid-configuration)</source>
        <translation>从服务器读取登录端点（/.well-known/openid-configuration）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://your-tenant.example.com</source>
        <translation>https://your-tenant.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; default userName@tenant</source>
        <translation>可选；默认为 用户名@租户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted file (passphrase) — for computers without a keychain</source>
        <translation>加密文件（口令）——用于没有钥匙串的电脑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: one base64 SHA-256 public-key pin per line (add a backup pin)</source>
        <translation>可选：每行一个 base64 SHA-256 公钥固定值（请另加一个备用值）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;name:</source>
        <translation>账号名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep tokens in:</source>
        <translation>令牌保存在：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Also trust CA file:</source>
        <translation>另外信任的 CA 文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public-key pins:</source>
        <translation>公钥固定值：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificate (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Set the sign-in endpoints one by one</source>
        <translation>逐个设置登录端点</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>default: SERVER/api/v1/oauth2/authorize</source>
        <translation>默认：SERVER/api/v1/oauth2/authorize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: SERVER/api/v1/oauth2/token</source>
        <translation>默认：SERVER/api/v1/oauth2/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: SERVER/api/v1/oauth2/userinfo</source>
        <translation>默认：SERVER/api/v1/oauth2/userinfo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: SERVER/api/v1/logout</source>
        <translation>默认：SERVER/api/v1/logout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorization:</source>
        <translation>授权：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User information:</source>
        <translation>用户信息：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out:</source>
        <translation>退出登录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../ui/seller/address_dialog.cpp" line="+48"/>
        <source>Bind keys</source>
        <translation>绑定密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add production address</source>
        <translation>添加生产地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production address</source>
        <translation>生产地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Production address:</source>
        <translation>生产地址(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key for the basic interfaces</source>
        <translation>基础接口密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for Kit sync</source>
        <translation>Kit 同步密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for the &amp;basic interfaces:</source>
        <translation>基础接口密钥(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key for &amp;Kit sync:</source>
        <translation>Kit 同步密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key can be switched only to one that passed a debugging run at this address; a key rotation runs it for you.</source>
        <translation>只能换成已在此地址通过调试的密钥；密钥轮换会替您完成调试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KooGallery calls this address with /produceAPI/… appended. Credentials may use it once a debugging run passed.</source>
        <translation>云商店调用此地址时会在后面加上 /produceAPI/…。调试通过后，应用凭证才能使用它。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter the address KooGallery calls.</source>
        <translation>请输入云商店调用的地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Kit interfaces need a key other than the basic interfaces&apos; key.</source>
        <translation>Kit 接口需要使用与基础接口不同的密钥。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/core/net/api_client.cpp" line="+358"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location line="-340"/>
        <source>%1 at byte %2</source>
        <translation>%1（第 %2 字节）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>服务器地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address &quot;%1&quot; uses plain http; only https is allowed for a server that is not on this computer (loopback).</source>
        <translation>服务器地址“%1”使用明文 http；不在本机（回环地址）上的服务器只允许使用 https。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation>服务器地址“%1”必须以 https:// 开头。</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有应答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection closed before the whole answer arrived (%1)</source>
        <translation>应答尚未完整到达，连接就已关闭（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer to %1 (HTTP %2) is not valid JSON: %3.</source>
        <translation>服务器对 %1 的应答（HTTP %2）不是有效的 JSON：%3。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>%1 needs a signed-in account; sign in first.</source>
        <translation>%1 需要已登录的账号；请先登录。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the secure connection was refused: %1</source>
        <translation>安全连接被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>AppTableModel</name>
    <message>
        <location filename="../models/apps/app_table_model.cpp" line="+44"/>
        <source>The licence agreement is not accepted yet; accept it before granting.</source>
        <translation>尚未接受协议许可；授权前请先接受。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app logs in at an address per enterprise, and its seller has not set yours yet; ask the seller (%1).</source>
        <translation>此应用为每个企业使用独立登录地址，服务商尚未为本企业设置；请联系服务商（%1）。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 (%3 free)</source>
        <translation>%1 / %2（空闲 %3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per enterprise — not set by the seller</source>
        <translation>独立域名 — 服务商未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>共享域名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not accepted</source>
        <translation>未接受</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch</source>
        <translation>开关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats assigned</source>
        <translation>已分配席位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login address</source>
        <translation>登录地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence agreement</source>
        <translation>协议许可</translation>
    </message>
</context>
<context>
    <name>ApplyLicenseDialog</name>
    <message>
        <location filename="../ui/licenses/apply_license_dialog.cpp" line="+27"/>
        <source>Make &amp;upper case</source>
        <translation>转为大写(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply for a License</source>
        <translation>申请 License</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removes spaces around it and writes it in upper case, as the format requires.</source>
        <translation>去掉首尾空白并转为大写，符合格式要求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device fingerprint as the License client SDK prints it: MAC|disk|board|CPU (four fields separated by &quot;|&quot;, empty fields kept; several MACs or disks joined with &quot;,&quot;), upper case, at most 5 KB.</source>
        <translation>设备指纹，即 License 客户端 SDK 输出的内容：MAC|硬盘|主板|CPU（四个字段以“|”分隔，空字段保留；多个 MAC 或硬盘以“,”连接），全部大写，最多 5 KB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applying again for a device that has its License answers that License; no other is taken from the quota.</source>
        <translation>为已有 License 的设备再次申请，会得到同一个 License，不再占用配额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fingerprint:</source>
        <translation>设备指纹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Applying…</source>
        <translation>正在申请…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No License product.</source>
        <translation>没有 License 商品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has License %1 already; applying again answers it.</source>
        <translation>此设备已有 License %1；再次申请将得到该 License。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 License(s) issued; valid until %3.</source>
        <translation>已签发 %1 / %2 个 License；有效期至 %3。</translation>
    </message>
</context>
<context>
    <name>AppsBatchOperations</name>
    <message numerus="yes">
        <location filename="../ui/apps/apps_batch_operations.cpp" line="+48"/>
        <source>Grant %1 to %n target(s)</source>
        <translation>
            <numerusform>将 %1 授权给 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revoke %1 from %n target(s)</source>
        <translation>
            <numerusform>取消 %n 个对象的 %1 授权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reclaim %n seat(s) of %1</source>
        <translation>
            <numerusform>回收 %1 的 %n 个席位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change who may use %1: %n target(s)</source>
        <translation>
            <numerusform>更改 %1 的授权：%n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Done: %n seat(s) reclaimed.</source>
        <translation>
            <numerusform>完成：已回收 %n 个席位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %n target(s) changed.</source>
        <translation>
            <numerusform>完成：已变更 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group %1</source>
        <translation>群组 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (revoke)</source>
        <translation>%1（取消授权）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member, department or group</source>
        <translation>成员、部门或群组</translation>
    </message>
</context>
<context>
    <name>AppsCache</name>
    <message>
        <location filename="../app/core/apps/client/apps_cache.cpp" line="+57"/>
        <source>The apps cache could not be written: %1</source>
        <translation>无法写入应用缓存：%1</translation>
    </message>
</context>
<context>
    <name>AppsChange</name>
    <message>
        <location filename="../app/core/apps/client/apps_change.cpp" line="+47"/>
        <source>The change went through, but the local copy could not take the app the server answered (%1); the next sync brings it.</source>
        <translation>变更已生效，但本地副本无法保存服务器返回的应用（%1）；下次同步会补上。</translation>
    </message>
</context>
<context>
    <name>AppsCli</name>
    <message>
        <location filename="../app/cli/apps_cli.cpp" line="+28"/>
        <source>apps grant|revoke, licenses reclaim: the app (its appId, see apps list).</source>
        <translation>apps grant|revoke、licenses reclaim：应用（其 appId，见 apps list）。</translation>
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
        <translation>应用及其席位（企业账号；变更需要管理员）：
  apps list                              所有已购应用及其开关
  apps enable|disable APP                打开或关闭应用
  apps grant|revoke --app ID --from-csv FILE [--dry-run]
                                         成员（userName 列）或 kind,id 行
                                         （member、department、group）
  apps outbox                            发送遗留的待处理变更（崩溃或
                                         连接中断之后）并等待结果
  licenses list                          每个应用的席位清单
  licenses reclaim [--app ID] [--dry-run]
                                         回收停用、已删除成员占用
                                         以及从未使用的席位
  licenses export FILE                   席位清单导出为 CSV（UTF-8，带 BOM）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file is empty; its first line names the columns (userName, or kind,id)</source>
        <translation>文件为空；第一行应给出列名（userName，或 kind,id）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: expected a userName column, or kind and id columns; found %2</source>
        <translation>第 %1 行：应有 userName 列，或 kind 和 id 列；实际为 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: kind: expected member, department or group, got &quot;%2&quot;</source>
        <translation>第 %1 行：kind：应为 member、department 或 group，实际为“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the %2 is empty</source>
        <translation>第 %1 行：%2 为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file names nobody: no rows after its header</source>
        <translation>文件未列出任何对象：表头之后没有数据行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>licenses export needs a FILE</source>
        <translation>licenses export 需要 FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs the APP</source>
        <translation>%1 需要 APP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--app is not used by %1</source>
        <translation>%1 不使用 --app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run is not used by %1</source>
        <translation>%1 不使用 --dry-run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from-csv is not used by %1</source>
        <translation>%1 不使用 --from-csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --app ID (see apps list)</source>
        <translation>%1 需要 --app ID（见 apps list）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --from-csv FILE</source>
        <translation>%1 需要 --from-csv FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 The change is kept; the next apps or licenses command sends it.</source>
        <translation>%1 变更已保留；下一个 apps 或 licenses 命令会发送它。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (going on with the local copy)</source>
        <translation>%1（继续使用本地副本）</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+61"/>
        <source>No app %1 in this account (see apps list).</source>
        <translation>此账号中没有应用 %1（见 apps list）。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>appId	switch	seats	periodEnd	name</source>
        <translation>appId	开关	席位	到期	名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>appId	bought	assigned	free	disabled	deleted	neverUsed	reclaimable	daysLeft	name</source>
        <translation>appId	购买	已分配	空闲	停用	已删除	从未使用	可回收	剩余天数	名称</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 %2: %3 member(s), %4 department(s) or group(s); nothing was sent (--dry-run).</source>
        <translation>%1 %2：%3 个成员，%4 个部门或群组；未发送任何内容（--dry-run）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the members hold no seat yet; %2 seat(s) are free.</source>
        <translation>其中 %1 个成员尚无席位；空闲席位 %2 个。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 queued as operation %2 (%3 target(s)); sending</source>
        <translation>%1 已记为操作 %2（%3 个对象）；正在发送</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was pending.</source>
        <translation>没有待处理的变更。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n operation(s) pending; sending</source>
        <translation>
            <numerusform>%n 个操作待处理；正在发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operation %1: %2 of %3 done, %4 failed</source>
        <translation>操作 %1：已完成 %2/%3，失败 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operation %1: %2 done, %3 failed.</source>
        <translation>操作 %1：完成 %2，失败 %3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 of %3 done, %4 failed</source>
        <translation>%1：已完成 %2/%3，失败 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 done, %3 failed.</source>
        <translation>%1：%2 个完成，%3 个失败。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reclaim %1</source>
        <translation>回收 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was sent (--dry-run).</source>
        <translation>未发送任何内容（--dry-run）。</translation>
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
        <translation>为空</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>contains &quot;|&quot;</source>
        <translation>含有“|”</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>days: expected an array</source>
        <translation>days：应为数组</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>应为 YYYY-MM-DD，实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not after the day before it</source>
        <translation>不晚于前一天</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>results: expected an array</source>
        <translation>results：应为数组</translation>
    </message>
</context>
<context>
    <name>AppsExecutor</name>
    <message>
        <location filename="../app/core/apps/client/apps_executor.cpp" line="+34"/>
        <source>Cancelled before it was sent.</source>
        <translation>发送前已取消。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation>本程序不认识操作“%1”；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server&apos;s answer to %1 could not be read (%2); it will be asked again.</source>
        <translation>无法读取服务器对 %1 的应答（%2）；将再次询问。</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../ui/apps/apps_page.cpp" line="+45"/>
        <source>&amp;Apps</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;on</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch o&amp;ff…</source>
        <translation>关闭(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>&amp;Undo switch</source>
        <translation>撤销开关(&amp;U)</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>&amp;Accept the licence agreement…</source>
        <translation>接受协议许可(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who may use it…</source>
        <translation>授权(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export list…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search apps</source>
        <translation>搜索应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search apps and sellers (Ctrl+F)</source>
        <translation>搜索应用和服务商（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Purchased apps</source>
        <translation>已购应用</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No apps yet: the enterprise&apos;s purchased apps appear after the first sync (F5).</source>
        <translation>还没有应用：首次同步（F5）后显示企业已购买的应用。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Apps synced.</source>
        <translation>应用已同步。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apps sync failed: %1</source>
        <translation>应用同步失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+180"/>
        <location line="+28"/>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Syncing apps…</source>
        <translation>正在同步应用…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Undo: switch %1 off again</source>
        <translation>撤销：再次关闭 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo: switch %1 on again</source>
        <translation>撤销：再次打开 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1, instance %2</source>
        <translation>订单 %1，实例 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats: %1 bought, %2 assigned, %3 free, %4 waiting</source>
        <translation>席位：购买 %1，已分配 %2，空闲 %3，等待 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authorised: %1 member(s) by hand, %2 department(s) and %3 group(s) automatically; %4 seat(s) reclaimed from automatic grants</source>
        <translation>授权：手动 %1 个成员，自动授权 %2 个部门和 %3 个群组；从自动授权中回收 %4 个席位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switched off: nobody can use it; its authorisations and seats are kept.</source>
        <translation>已关闭：任何人都无法使用；其授权和席位保留。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Switch off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is switched on.</source>
        <translation>%1 已打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is switched off. Undo: Ctrl+Z.</source>
        <translation>%1 已关闭。撤销：Ctrl+Z。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was not switched: %2 (%3)</source>
        <translation>%1 未切换：%2（%3）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence agreement</source>
        <translation>协议许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the licence agreement (协议许可) of %1 for the whole enterprise? An accepted agreement is not withdrawn; it lets you grant the app.</source>
        <translation>为整个企业接受 %1 的协议许可？接受后不可撤回；接受后才能授权此应用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Export apps</source>
        <translation>导出应用</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who may use it</source>
        <translation>授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s data is not loaded yet; open the organisation page, let it sync, and try again.</source>
        <translation>组织数据尚未加载；请打开组织架构页面，等待同步完成后再试。</translation>
    </message>
</context>
<context>
    <name>AppsSection</name>
    <message>
        <location filename="../app/console/apps_section.cpp" line="+40"/>
        <source>marketdesk</source>
        <translation>marketdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The apps&apos; local data could not be opened: %1</source>
        <translation>无法打开应用的本地数据：%1</translation>
    </message>
</context>
<context>
    <name>AppsService</name>
    <message>
        <location filename="../app/core/apps/client/apps_service.cpp" line="+62"/>
        <source>The account&apos;s sign-in is not available.</source>
        <translation>此账号的登录不可用。</translation>
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
        <translation>本地数据未打开。</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>The app %1 is not in the local copy; sync first.</source>
        <translation>本地副本中没有应用 %1；请先同步。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was chosen, so nothing was sent.</source>
        <translation>未选择任何对象，因此未发送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <source>&quot;%1&quot; is not a member, department or group to send.</source>
        <translation>“%1”不是可发送的成员、部门或群组。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation>没有任何更改，因此未发送。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A switch is not retried; switch the app again.</source>
        <translation>开关操作不会重试；请重新切换应用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No failed targets to retry.</source>
        <translation>没有需要重试的失败对象。</translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppsSync</name>
    <message>
        <location filename="../app/core/apps/client/apps_sync.cpp" line="+124"/>
        <source>The server&apos;s listing of %1 could not be read: %2</source>
        <translation>无法读取服务器的 %1 列表：%2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server&apos;s group %1 could not be read: %2</source>
        <translation>无法读取服务器的群组 %1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server&apos;s seat history of %1 could not be read: %2</source>
        <translation>无法读取服务器上 %1 的席位历史：%2</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../app/core/storage/audit_export.cpp" line="+44"/>
        <source>Cannot open the audit journal %1: %2</source>
        <translation>无法打开审计日志 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the audit journal %1: %2</source>
        <translation>无法读取审计日志 %1：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+44"/>
        <location line="+10"/>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the audit journal failed: %1</source>
        <translation>读取审计日志失败：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was written, but its manifest %2 could not be: %3</source>
        <translation>已写入 %1，但无法写入其清单 %2：%3</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <location filename="../ui/shell/audit_export_dialog.cpp" line="+21"/>
        <location line="+67"/>
        <source>Export audit journal</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any, e.g. member.disable</source>
        <translation>任意，例如 member.disable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a byte order mark (for Excel)</source>
        <translation>以字节顺序标记（BOM）开头（便于 Excel 打开）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows written…</source>
        <translation>已写入 %1 行…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <location filename="../app/core/storage/audit_journal.cpp" line="+78"/>
        <location line="+41"/>
        <source>Writing the audit journal failed: %1</source>
        <translation>写入审计日志失败：%1</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+62"/>
        <location line="+53"/>
        <location line="+23"/>
        <source>Cannot read the audit journal: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>entry %1 is missing: the journal jumps from entry %2 to entry %3 (deleted)</source>
        <translation>第 %1 条记录缺失：日志从第 %2 条跳到第 %3 条（被删除）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry %1 was changed after it was written (edited)</source>
        <translation>第 %1 条记录在写入后被修改（被编辑）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not follow entry %2 (deleted, inserted or reordered)</source>
        <translation>第 %1 条记录与第 %2 条记录不衔接（有记录被删除、插入或调换顺序）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the journal was cut short: on %1 it had %2 entries, now it ends at entry %3</source>
        <translation>日志被截短：%1 时共有 %2 条记录，现在止于第 %3 条</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 is not the one recorded on %2 (the journal was rewritten from there)</source>
        <translation>第 %1 条记录与 %2 时记下的不同（日志从该处起被改写）</translation>
    </message>
</context>
<context>
    <name>AuditManifest</name>
    <message>
        <location filename="../app/core/storage/audit_manifest.cpp" line="+47"/>
        <source>the manifest is not a JSON object: %1 at byte %2</source>
        <translation>清单不是 JSON 对象：第 %2 字节处%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest&apos;s &quot;format&quot; is not %1</source>
        <translation>清单的“format”不是 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest&apos;s &quot;%1&quot; is not a whole number</source>
        <translation>清单的“%1”不是整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest&apos;s &quot;%1&quot; is not a SHA-256 in hex</source>
        <translation>清单的“%1”不是十六进制的 SHA-256</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read the manifest %1: %2</source>
        <translation>无法读取清单 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the manifest describes &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>清单描述的是“%1”，而不是“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has %1 bytes; the manifest says %2</source>
        <translation>文件有 %1 字节；清单记载为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file&apos;s SHA-256 is not the one in the manifest: it was changed</source>
        <translation>文件的 SHA-256 与清单不符：文件已被改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has %1 rows; the manifest says %2</source>
        <translation>文件有 %1 行；清单记载为 %2</translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <location filename="../app/core/identity/auth_session.cpp" line="+29"/>
        <source>The sign-in has expired and cannot be renewed; sign in again.</source>
        <translation>登录已过期且无法续期；请重新登录。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server no longer accepts this sign-in (%1); sign in again. Pending changes are kept and sent afterwards.</source>
        <translation>服务器不再接受此次登录（%1）；请重新登录。待发送的变更会保留，登录后再发送。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token server&apos;s answer cannot be used: %1.</source>
        <translation>令牌服务器的应答无法使用：%1。</translation>
    </message>
</context>
<context>
    <name>AuthorisationEditor</name>
    <message>
        <location filename="../ui/apps/authorisation_editor.cpp" line="+53"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and &amp;send…</source>
        <translation>预览并发送(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may use %1</source>
        <translation>%1 的授权</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search members by name, user name, e-mail or mobile (Ctrl+F)</source>
        <translation>按姓名、用户名、邮箱或手机号搜索成员 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With access</source>
        <translation>有权使用的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only</source>
        <translation>仅显示更改</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Departments and groups</source>
        <translation>部门和群组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the app&apos;s seats…</source>
        <translation>正在读取应用的席位…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The organisation&apos;s data is not loaded yet; open the organisation page, let it sync, and try again.</source>
        <translation>组织数据尚未加载；请打开组织架构页面，等待同步完成后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app %1 is not in the local copy; sync first.</source>
        <translation>本地副本中没有应用 %1；请先同步。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 seat(s) bought, %3 free, %4 waiting.</source>
        <translation>%1：已购 %2 个席位，空闲 %3 个，等待 %4 人。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member(s) granted by hand are no longer in the organisation; reclaim their seats on the License inventory page.</source>
        <translation>
            <numerusform>%n 名手动授权的成员已不在组织中；请在 License 库存页面回收其席位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grants will be refused: %1 Revokes can still be sent.</source>
        <translation>授权将被拒绝：%1 取消授权仍可发送。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change who may use %1</source>
        <translation>更改 %1 的授权</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without sending? The ticks made here are lost.</source>
        <translation>不发送就关闭？此处所做的勾选将丢失。</translation>
    </message>
</context>
<context>
    <name>AuthorisationMemberModel</name>
    <message>
        <location filename="../models/apps/authorisation_member_model.cpp" line="+175"/>
        <source>By hand</source>
        <translation>手动授权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: %1</source>
        <translation>自动授权：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: group %1</source>
        <translation>自动授权：群组 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded (its seat was reclaimed)</source>
        <translation>已排除（其席位已回收）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gains access</source>
        <translation>获得使用权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No seat while disabled</source>
        <translation>已禁用，不分配席位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loses access</source>
        <translation>失去使用权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted by hand</source>
        <translation>改为手动授权</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant by hand removed</source>
        <translation>取消手动授权</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (disabled)</source>
        <translation>%1（已禁用）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Holds a seat</source>
        <translation>占用席位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a seat</source>
        <translation>等待席位</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disabled members cannot use apps: enable the member first.</source>
        <translation>已禁用的成员无法使用应用：请先启用该成员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Granted automatically; to take it away, revoke the department or reclaim the seat.</source>
        <translation>通过自动授权获得；如需取消，请取消部门授权或回收席位。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>使用权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat</source>
        <translation>席位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
</context>
<context>
    <name>AuthorisationPreviewText</name>
    <message>
        <location filename="../app/core/apps/client/authorisation_preview_text.cpp" line="+10"/>
        <source>No changes yet: tick members, departments or groups to grant, untick to revoke.</source>
        <translation>尚无更改：勾选成员、部门或群组以授权，取消勾选以取消授权。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) gain access</source>
        <translation>
            <numerusform>%n 名成员获得使用权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lose access</source>
        <translation>
            <numerusform>%n 名失去使用权</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seats free: %1 now, %2 after</source>
        <translation>空闲席位：当前 %1 个，之后 %2 个</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n free seat(s) go first to members already waiting</source>
        <translation>
            <numerusform>%n 个空闲席位先分配给正在等待的成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) give their seat back with a revoke and need one again from a new grant</source>
        <translation>
            <numerusform>%n 名成员因取消授权而释放席位，并需要由新的授权重新分配席位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The grants need %n seat(s) more than will be free; the server would refuse them whole. Buy seats, reclaim some, or grant fewer.</source>
        <translation>
            <numerusform>授权所需席位比届时空闲席位多 %n 个；服务器将整体拒绝。请购买席位、回收部分席位或减少授权。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n disabled member(s) are ticked by hand; disabled members cannot use apps, so enable them first.</source>
        <translation>
            <numerusform>勾选了 %n 名已禁用的成员；已禁用的成员无法使用应用，请先启用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change who may use %1: %2 grant(s) and %3 revoke(s), revokes first.</source>
        <translation>更改 %1 的授权：%2 项授权、%3 项取消授权，先执行取消授权。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gaining access (%1): %2</source>
        <translation>获得使用权（%1）：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losing access (%1): %2</source>
        <translation>失去使用权（%1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats: %1 free now; %2 released by the revokes; %3 to members already waiting; %4 needed by the grants; %5 free after.</source>
        <translation>席位：当前空闲 %1 个；取消授权释放 %2 个；%3 个分配给正在等待的成员；授权需要 %4 个；之后空闲 %5 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each target&apos;s outcome is recorded in the audit journal; failed ones can be retried from the next window.</source>
        <translation>每个对象的结果都会记入审计日志；失败的对象可在下一个窗口中重试。</translation>
    </message>
</context>
<context>
    <name>AuthorisationTreeModel</name>
    <message>
        <location filename="../models/apps/authorisation_tree_model.cpp" line="+150"/>
        <source>to be granted</source>
        <translation>将授权</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to be revoked</source>
        <translation>将取消授权</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Groups (群组)</source>
        <translation>群组</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Covered by the automatic grant of %1</source>
        <translation>已由 %1 的自动授权覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): tick to grant its members now and later</source>
        <translation>%1（%2）：勾选即授权其现有及今后加入的成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group %1: tick to grant its members now and later</source>
        <translation>群组 %1：勾选即授权其现有及今后加入的成员</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Department or group</source>
        <translation>部门或群组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
</context>
<context>
    <name>BasicScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/basic_scenarios.cpp" line="+36"/>
        <source>%1: appInfo is missing or not an object (§6.1)</source>
        <translation>%1：appInfo 缺失或不是对象（§6.1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (§6.1: appInfo.frontEndUrl is mandatory)</source>
        <translation>（§6.1：appInfo.frontEndUrl 必填）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: appInfo.%2 must be a string of at most %3 characters (§6.1)</source>
        <translation>%1：appInfo.%2 必须是不超过 %3 个字符的字符串（§6.1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>info is missing or not an array (§6.1 queryInstance)</source>
        <translation>info 缺失或不是数组（§6.1 queryInstance）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>info[] does not hold the instance %1 that was opened</source>
        <translation>info[] 中没有已开通的实例 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>§6.1: 000000, or 000004 while opening asynchronously</source>
        <translation>§6.1：000000，或异步开通时的 000004</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>newInstance opens an instance</source>
        <translation>newInstance 开通实例</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>newInstance again for the same order answers the same instance</source>
        <translation>同一订单再次 newInstance 返回同一实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>§6.1 idempotency</source>
        <translation>§6.1 幂等</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>the same orderId and orderLineId must answer the same instanceId: first &quot;%1&quot;, now &quot;%2&quot; (a second instance was opened)</source>
        <translation>相同的 orderId 和 orderLineId 必须返回相同的 instanceId：第一次为“%1”，这次为“%2”（开通了第二个实例）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same order must answer the same appInfo; it changed</source>
        <translation>同一订单必须返回相同的 appInfo；它变了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queryInstance returns the instance with its appInfo</source>
        <translation>queryInstance 返回该实例及其 appInfo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§6.1: success</source>
        <translation>§6.1：成功</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>§6.1: success for a live instance</source>
        <translation>§6.1：对有效实例返回成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refreshInstance renews the instance</source>
        <translation>refreshInstance 续费该实例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>updateInstanceStatus freezes the instance</source>
        <translation>updateInstanceStatus 冻结该实例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updateInstanceStatus unfreezes the instance</source>
        <translation>updateInstanceStatus 解冻该实例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upgradeInstance upgrades the instance</source>
        <translation>upgradeInstance 升级该实例</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>releaseInstance releases the instance</source>
        <translation>releaseInstance 释放该实例</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>releaseInstance of a released instance answers success</source>
        <translation>对已释放的实例 releaseInstance 返回成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a release of what is gone succeeds again</source>
        <translation>释放已不存在的内容再次成功</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>updateInstanceStatus of an unknown instance answers 000003</source>
        <translation>对不存在的实例 updateInstanceStatus 返回 000003</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>§2.3: instanceId does not exist</source>
        <translation>§2.3：instanceId 不存在</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>refreshInstance of an unknown instance answers 000003</source>
        <translation>对不存在的实例 refreshInstance 返回 000003</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>newInstance without orderLineId answers 000002</source>
        <translation>缺少 orderLineId 的 newInstance 返回 000002</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>§2.3: invalid request parameter</source>
        <translation>§2.3：请求参数不合法</translation>
    </message>
</context>
<context>
    <name>BatchOperationDialog</name>
    <message>
        <location filename="../ui/shell/batch_operation_dialog.cpp" line="+43"/>
        <source>Results</source>
        <comment>of each target of a batch operation</comment>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel the rest</source>
        <translation>取消其余</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the failed ones</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling; calls already sent finish first…</source>
        <translation>正在取消；已发出的调用会先完成…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Retry the failed ones (%1)</source>
        <translation>重试失败项（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the server: %1 The changes are kept and sent when it answers; you may close this window.</source>
        <translation>等待服务器：%1 变更已保留，服务器应答时发送；可以关闭此窗口。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>正在发送 %n 项变更…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 done, %3 failed…</source>
        <translation>%2 项中已完成 %1 项，失败 %3 项…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finished: %1 done, %2 failed. The reasons are listed below.</source>
        <translation>结束：%1 项完成，%2 项失败。原因列在下方。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: finished</source>
        <translation>%1：已结束</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>BodySign</name>
    <message>
        <location filename="../app/core/seller/body_sign.cpp" line="+61"/>
        <source>the Body-Sign header is empty</source>
        <translation>Body-Sign 头为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign must start with sign_type=&quot;HMAC-SHA256&quot; (byte %1)</source>
        <translation>Body-Sign 必须以 sign_type=&quot;HMAC-SHA256&quot; 开头（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: &quot;=&quot; expected after sign_type (byte %1)</source>
        <translation>Body-Sign：sign_type 之后应为“=”（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body-Sign: the quote after sign_type= is never closed</source>
        <translation>Body-Sign：sign_type= 之后的引号没有闭合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body-Sign: sign_type&apos;s value must be in double quotes (byte %1)</source>
        <translation>Body-Sign：sign_type 的值必须放在双引号中（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body-Sign: sign_type is &quot;%1&quot;; it must be &quot;HMAC-SHA256&quot;</source>
        <translation>Body-Sign：sign_type 为“%1”，必须为“HMAC-SHA256”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body-Sign: &quot;,&quot; expected between sign_type and signature (byte %1)</source>
        <translation>Body-Sign：sign_type 与 signature 之间应为“,”（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: signature= expected after the comma (byte %1)</source>
        <translation>Body-Sign：逗号之后应为 signature=（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: &quot;=&quot; expected after signature (byte %1)</source>
        <translation>Body-Sign：signature 之后应为“=”（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body-Sign: the quote after signature= is never closed</source>
        <translation>Body-Sign：signature= 之后的引号没有闭合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body-Sign: the signature must be in double quotes (byte %1)</source>
        <translation>Body-Sign：签名必须放在双引号中（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body-Sign: unexpected text after the signature (byte %1)</source>
        <translation>Body-Sign：签名之后有多余的文本（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body-Sign: the signature is empty</source>
        <translation>Body-Sign：签名为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body-Sign: the signature is not Base64</source>
        <translation>Body-Sign：签名不是 Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body-Sign: the signature holds %1 bytes; HMAC-SHA256 gives 32</source>
        <translation>Body-Sign：签名为 %1 字节；HMAC-SHA256 应为 32 字节</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Body-Sign: the signature does not match the body: another key, or the body changed after it was signed</source>
        <translation>Body-Sign：签名与响应体不符：密钥不同，或响应体在签名后被改动</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/core/org/cache.cpp" line="+169"/>
        <source>The cache needs a file, not %1.</source>
        <translation>缓存需要一个文件，而不是 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cache write failed: another connection kept %1 locked for more than %2 s (%3)</source>
        <translation>写入缓存失败：另一个连接锁定 %1 超过 %2 秒（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cache read failed: another connection kept %1 locked for more than %2 s (%3)</source>
        <translation>读取缓存失败：另一个连接锁定 %1 超过 %2 秒（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cache write failed: %1</source>
        <translation>写入缓存失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cache read failed: %1</source>
        <translation>读取缓存失败：%1</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <location filename="../app/core/seller/canonical_json.cpp" line="+13"/>
        <source>the body is empty; it must be a JSON object</source>
        <translation>消息体为空；它必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body is JSON but not an object; a signed body is {…}</source>
        <translation>消息体是 JSON，但不是对象；签名的消息体应为 {…}</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="+43"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 64 MB; split it</source>
        <translation>%1 大于 64 MB，请拆分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 Add --yes to confirm when not running in a terminal.</source>
        <translation>%1 不在终端中运行时，请加 --yes 确认。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="+40"/>
        <source>See above.</source>
        <translation>见上文。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Do not ask for confirmation.</source>
        <translation>不再询问确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what would change and stop.</source>
        <translation>只显示将会变更的内容，不执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit export: no UTF-8 byte order mark.</source>
        <translation>audit export：不写 UTF-8 字节顺序标记。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit export: entries before this time (ISO 8601).</source>
        <translation>audit export：此时间之前的记录（ISO 8601）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit export: only this actor.</source>
        <translation>audit export：仅此操作人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit export: only this action, e.g. member.disable.</source>
        <translation>audit export：仅此操作，例如 member.disable。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="+53"/>
        <source>--lang: expected en or zh_CN, got &quot;%1&quot;</source>
        <translation>--lang：应为 en 或 zh_CN，实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given; see --help</source>
        <translation>未指定命令；请参阅 --help</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>未知命令“%1”；请参阅 --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>members %1 needs --from-csv FILE</source>
        <translation>members %1 需要 --from-csv FILE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 needs a FILE</source>
        <translation>%1 %2 需要指定文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a time in ISO 8601 form, e.g. 2026-11-29T08:00:00Z</source>
        <translation>“%1”不是 ISO 8601 格式的时间，例如 2026-11-29T08:00:00Z</translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%n member(s) in the cache.</source>
        <translation>
            <numerusform>本地缓存中有 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+166"/>
        <location line="+33"/>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+166"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+173"/>
        <source>nothing was sent; fix the rows above first</source>
        <translation>未发送任何内容；请先修正上面列出的行</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>line %1: %2 cannot change: %3</source>
        <translation>第 %1 行：%2 无法变更：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 %n member(s)?</source>
        <translation>
            <numerusform>%1 %n 名成员？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
The pending changes are kept; run &quot;marketdesk-cli outbox run&quot; to send them.</source>
        <translation>%1
待发送的变更已保留；运行“marketdesk-cli outbox run”即可发送。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pending changes are kept; run &quot;marketdesk-cli outbox run&quot; to send them.</source>
        <translation>待发送的变更已保留；运行“marketdesk-cli outbox run”即可发送。</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Add %n member(s)?</source>
        <translation>
            <numerusform>添加 %n 名成员？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 added, %2 failed.</source>
        <translation>已添加 %1 名，失败 %2 名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  %2  %3  %4 done, %5 failed, %6 pending of %7</source>
        <translation>%1  %2  %3  共 %7：完成 %4，失败 %5，待发送 %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is pending.</source>
        <translation>没有待发送的变更。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sending %n pending change(s)…</source>
        <translation>
            <numerusform>正在发送 %n 项待发送变更…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the record kept outside the journal is damaged (%1)</source>
        <translation>保存在日志之外的记录已损坏（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The audit journal is intact: %n entr(y/ies).</source>
        <translation>
            <numerusform>审计日志完整：共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Its manifest (rows, sequence, SHA-256): %1</source>
        <translation>其清单（行数、序号、SHA-256）：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 is the file exported on %2: %n row(s)</source>
        <translation>
            <numerusform>%1 正是 %2 导出的文件：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>journal entries %1 to %2; entry %2 has the chain hash %3</source>
        <translation>日志第 %1 至第 %2 条；第 %2 条的链哈希为 %3</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>no audit journal at %1</source>
        <translation>%1 处没有审计日志</translation>
    </message>
    <message>
        <location line="-633"/>
        <source>--help: there is no command &quot;%1&quot;; see marketdesk-cli --help</source>
        <translation>--help：没有命令“%1”；请参阅 marketdesk-cli --help</translation>
    </message>
    <message>
        <location line="+672"/>
        <source>note: the demo keeps no record outside its journal, so entries cut off its end cannot be detected</source>
        <translation>注意：演示模式不在日志之外保留记录，因此无法发现从末尾删去的记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: the record kept outside the journal could not be read (%1), so entries cut off its end cannot be detected</source>
        <translation>注意：无法读取保存在日志之外的记录（%1），因此无法发现从末尾删去的记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: nothing is recorded outside this journal yet; the console and the CLI record its end the next time they open this account</source>
        <translation>注意：此日志尚未在其外部留下记录；控制台和命令行工具下次打开此账号时会记下其末尾</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>It still holds the %n entr(y/ies) recorded outside it on %1.</source>
        <translation>
            <numerusform>日志仍完整保有 %1 时在其外部记下的 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
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
        <translation>无界面的 marketdesk。

命令：
  login --server URL                     登录（浏览器 + 本机回环回调）
  logout                                 结束会话并删除令牌
  accounts list                          已保存的账号，最近使用的在前
  accounts remove NAME [--delete-cache]  删除一个账号
  sync                                   将本地缓存更新到最新
  members enable|disable|delete --from-csv FILE
                                         对 FILE 中的用户名执行批量操作
  members import FILE                    添加 FILE 中列出的成员
  outbox run                             发送待发送的变更（崩溃后同样适用）
  outbox status                          列出最近的操作
  audit verify                           校验审计日志的哈希链
  audit export FILE                      将审计日志导出为 CSV（并在其旁写入
                                         FILE.manifest.json）
  audit check FILE                       按清单校验导出的 CSV</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>login: the account&apos;s server, e.g. https://console.example.com (remembered).</source>
        <translation>login：账号的服务器，例如 https://console.example.com（会被记住）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account name (default: the most recently used; for login, userName@tenant).</source>
        <translation>账号名称（默认：最近使用的账号；login 时为 用户名@租户）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of messages: en or zh_CN (default: the system&apos;s).</source>
        <translation>消息语言：en 或 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep accounts, caches, outboxes and journals under DIR.</source>
        <translation>将账号、缓存、发件箱和日志保存在 DIR 下。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>login: keep tokens in the system keychain (default) or in an encrypted file (file), for machines without a keychain.</source>
        <translation>login：令牌保存在系统钥匙串（默认）或加密文件（file，用于没有钥匙串的机器）中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the encrypted file store&apos;s passphrase from FILE (else MARKETDESK_PASSPHRASE, else the terminal); seller keygen|decrypt-secret: the private key&apos;s passphrase (else the terminal).</source>
        <translation>从 FILE 读取加密文件库的口令（否则读 MARKETDESK_PASSPHRASE，再否则从终端输入）；seller keygen|decrypt-secret：私钥的口令（否则从终端输入）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>login: open the browser ($BROWSER or xdg-open).</source>
        <translation>login：打开浏览器（$BROWSER 或 xdg-open）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login: read the endpoints from /.well-known/openid-configuration.</source>
        <translation>login：从 /.well-known/openid-configuration 读取端点。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>login: accept only this server public key (base64 SHA-256 of the SPKI); repeat for a backup pin.</source>
        <translation>login：只接受此服务器公钥（SPKI 的 base64 SHA-256）；可重复指定备用值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>login: seconds to wait for the browser (300).</source>
        <translation>login：等待浏览器的秒数（300）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accounts remove: delete the account&apos;s cache too.</source>
        <translation>accounts remove：同时删除账号的缓存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV file of userNames for members enable|disable|delete; apps grant|revoke: userNames or kind,id rows.</source>
        <translation>用于 members enable|disable|delete 的用户名 CSV 文件；apps grant|revoke：用户名或 kind,id 行。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>audit export: entries at or after this time (ISO 8601); seller credentials apply|edit: the JSON file of the form.</source>
        <translation>audit export：此时间（ISO 8601）及之后的条目；seller credentials apply|edit：凭证表单的 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="-645"/>
        <source>--timeout: expected seconds from 1 to 3600, got &quot;%1&quot;</source>
        <translation>--timeout：应为 1 到 3600 之间的秒数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>accounts remove needs the account&apos;s NAME</source>
        <translation>accounts remove 需要账号名称 NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--server is for login; an account remembers its server</source>
        <translation>--server 仅用于 login；账号会记住自己的服务器</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>%1 Sign in again: marketdesk-cli login --account %2</source>
        <translation>%1 请重新登录：marketdesk-cli login --account %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2 will change (%3), %4 already so, %5 cannot change.</source>
        <translation>%1：%2将变更（%3），%4 名已是该状态，%5 名无法变更。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n administrator(s)</source>
        <translation>
            <numerusform>%n 名管理员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 to add, %2.</source>
        <translation>待添加 %1，%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new member(s)</source>
        <translation>
            <numerusform>%n 名新成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n 行有误</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>no account yet; sign in first: marketdesk-cli login --server URL</source>
        <translation>还没有账号；请先登录：marketdesk-cli login --server URL</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="-49"/>
        <source>login: the provider&apos;s authorization endpoint.</source>
        <translation>login：提供方的授权端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the provider&apos;s token endpoint.</source>
        <translation>login：提供方的令牌端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the provider&apos;s userinfo endpoint.</source>
        <translation>login：提供方的用户信息端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the provider&apos;s sign-out endpoint.</source>
        <translation>login：提供方的退出登录端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the client ID (default marketdesk).</source>
        <translation>login：客户端 ID（默认 marketdesk）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: the scope (default get_user_info).</source>
        <translation>login：授权范围（默认 get_user_info）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login: also trust the CA certificate(s) in this PEM file; seller debug: trust them for the seller&apos;s server.</source>
        <translation>login：另外信任此 PEM 文件中的 CA 证书；seller debug：连接卖家服务器时信任它们。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A note recorded in the audit journal beside the signed-in identity (which it cannot replace).</source>
        <translation>记录在审计日志中、附在登录身份旁的备注（不能取代登录身份）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_app.cpp" line="-399"/>
        <source>--demo reads the demo&apos;s journal only (audit verify, audit export); the demo&apos;s server lives inside marketdesk --demo</source>
        <translation>--demo 只读取演示的审计日志（audit verify、audit export）；演示服务器运行在 marketdesk --demo 内部</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>there is no demo journal in %1 yet; marketdesk --demo writes it</source>
        <translation>%1 中还没有演示审计日志；它由 marketdesk --demo 写入</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no account &quot;%1&quot;; see marketdesk-cli accounts list (the console&apos;s demo: --demo)</source>
        <translation>没有账号“%1”；请查看 marketdesk-cli accounts list（控制台的演示：--demo）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_options.cpp" line="-54"/>
        <source>audit verify|export: the journal of the console&apos;s demo (marketdesk --demo), which has no saved account.</source>
        <translation>audit verify|export：控制台演示（marketdesk --demo）的审计日志，演示没有保存的账号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_help.cpp" line="+134"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <location filename="../app/cli/cli_auth.cpp" line="+36"/>
        <source>--passphrase-file: cannot read %1: %2</source>
        <translation>--passphrase-file：无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the encrypted secret store needs its passphrase: set MARKETDESK_PASSPHRASE or pass --passphrase-file FILE</source>
        <translation>加密密钥库需要口令：请设置 MARKETDESK_PASSPHRASE 或使用 --passphrase-file FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase for the encrypted secret store: </source>
        <translation>加密密钥库的口令：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no passphrase was given</source>
        <translation>未输入口令</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>login needs --server URL (the account&apos;s server, e.g. https://tenant.example.com)</source>
        <translation>login 需要 --server URL（账号的服务器，例如 https://tenant.example.com）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--secret-store: expected keychain or file, got &quot;%1&quot;</source>
        <translation>--secret-store：应为 keychain 或 file，实际为“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Open this address in your browser to sign in (waiting up to %n minute(s)):</source>
        <translation>
            <numerusform>请在浏览器中打开此地址以登录（最多等待 %n 分钟）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not start %1; open the address above yourself</source>
        <translation>无法启动 %1；请自行打开上面的地址</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as %1 (%2), %3 of %4 [%5].</source>
        <translation>已登录为 %1（%2），%4 [%5] 的%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account &quot;%1&quot;; tokens kept in %2.</source>
        <translation>账号“%1”；令牌保存在%2。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no account yet; sign in first: marketdesk-cli login --server URL</source>
        <translation>还没有账号；请先登录：marketdesk-cli login --server URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>there is no account &quot;%1&quot;; see marketdesk-cli accounts list</source>
        <translation>没有名为“%1”的账号；请查看 marketdesk-cli accounts list</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1; sign in again: marketdesk-cli login --account %2</source>
        <translation>%1；请重新登录：marketdesk-cli login --account %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the renewed sign-in of &quot;%1&quot; could not be kept: %2</source>
        <translation>无法保存“%1”续期后的登录：%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Signed out of &quot;%1&quot;. %2</source>
        <translation>已退出“%1”。%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No accounts. Sign in with: marketdesk-cli login --server URL</source>
        <translation>没有账号。登录：marketdesk-cli login --server URL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>* = used when no --account is given (the most recent).</source>
        <translation>* = 未指定 --account 时使用的账号（最近使用的）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1; the account is removed but its stored tokens could not be reached</source>
        <translation>%1；账号已删除，但无法访问其保存的令牌</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed account &quot;%1&quot; and its cache; its audit journal and outbox stay in %2.</source>
        <translation>已删除账号“%1”及其缓存；其审计日志和发件箱保留在 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed account &quot;%1&quot;; its data stays in %2.</source>
        <translation>已删除账号“%1”；其数据保留在 %2。</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>cannot keep tokens in the system keychain: %1. Without a keychain service, choose the encrypted file store: --secret-store file</source>
        <translation>无法将令牌保存在系统钥匙串中：%1。没有钥匙串服务时，请选择加密文件存储：--secret-store file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot keep tokens in the encrypted file store: %1</source>
        <translation>无法将令牌保存在加密文件存储中：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>ClientSecretCipher</name>
    <message>
        <location filename="../app/core/seller/client_secret_cipher.cpp" line="+35"/>
        <source>unknown OAEP parameters &quot;%1&quot;; expected sha256, sha256-mgf1sha1 or sha1</source>
        <translation>未知的 OAEP 参数“%1”；应为 sha256、sha256-mgf1sha1 或 sha1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SHA-256, MGF1 with SHA-256</source>
        <translation>SHA-256，MGF1 使用 SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256, MGF1 with SHA-1</source>
        <translation>SHA-256，MGF1 使用 SHA-1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-1, MGF1 with SHA-1</source>
        <translation>SHA-1，MGF1 使用 SHA-1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no public key to encrypt with</source>
        <translation>没有用于加密的公钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenSSL cannot set up RSA-OAEP: %1</source>
        <translation>OpenSSL 无法设置 RSA-OAEP：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text is %1 bytes; a %2-bit key with these OAEP parameters takes at most %3</source>
        <translation>文本为 %1 字节；使用这组 OAEP 参数时，%2 位密钥最多只能加密 %3 字节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSA-OAEP encryption failed: %1</source>
        <translation>RSA-OAEP 加密失败：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>decryption needs the private key</source>
        <translation>解密需要私钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no OAEP parameters to try</source>
        <translation>没有可尝试的 OAEP 参数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ciphertext is empty</source>
        <translation>密文为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ciphertext is not Base64</source>
        <translation>密文不是 Base64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ciphertext is %1 bytes; a %2-bit key gives exactly %3: it was cut, or made for another key</source>
        <translation>密文为 %1 字节；%2 位密钥的密文应恰为 %3 字节：密文被截断，或是用其他密钥生成的</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it does not decrypt with OAEP %1: another key encrypted it, or other OAEP parameters</source>
        <translation>无法用 OAEP %1 解密：它是用其他密钥或其他 OAEP 参数加密的</translation>
    </message>
</context>
<context>
    <name>ConfirmBatchDialog</name>
    <message numerus="yes">
        <location filename="../ui/org/confirm_batch_dialog.cpp" line="+17"/>
        <source>Enable %n member(s)</source>
        <translation>
            <numerusform>启用 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Disable %n member(s)</source>
        <translation>
            <numerusform>禁用 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>删除 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>&lt;b&gt;%1 of %n selected member(s) will change&lt;/b&gt;, %2.</source>
        <translation>
            <numerusform>&lt;b&gt;所选 %n 名成员中有 %1 名将变更&lt;/b&gt;，%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them administrator(s)</source>
        <translation>
            <numerusform>其中 %n 名为管理员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n are already in that state and are left alone.</source>
        <translation>
            <numerusform>%n 名已是该状态，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot change; see below.</source>
        <translation>
            <numerusform>%n 名无法变更，详见下方。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled members can no longer use the apps they were authorised for.</source>
        <translation>被禁用的成员将无法再使用已授权给他们的应用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting cannot be undone.</source>
        <translation>删除后无法撤销。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <location filename="../app/console/console_text.cpp" line="+13"/>
        <source>marketdesk: the KooGallery console for enterprise administrators and sellers.</source>
        <translation>marketdesk：面向企业管理员和商家的云商店控制台。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Members in the demo enterprise (default 3000).</source>
        <translation>演示企业的成员数（默认 3000）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language for this run: en or zh_CN.</source>
        <translation>本次运行使用的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the first sync, save a picture of the window to FILE and quit.</source>
        <translation>首次同步后，将窗口截图保存到 FILE 并退出。</translation>
    </message>
    <message>
        <location filename="../app/console/console_app.cpp" line="+607"/>
        <source>Demo enterprise (sandbox at %1)</source>
        <translation>演示企业（沙箱地址 %1）</translation>
    </message>
    <message>
        <location filename="../app/console/console_text.cpp" line="+31"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
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
        <translation>marketdesk</translation>
    </message>
    <message>
        <location line="-266"/>
        <location line="+116"/>
        <source>The local data could not be opened: %1</source>
        <translation>无法打开本地数据：%1</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>--demo-members: expected 1 to 1000000</source>
        <translation>--demo-members：应为 1 到 1000000</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>later starts on %1 cannot reach this window: %2</source>
        <translation>之后在 %1 上的启动无法联系到此窗口：%2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--screenshot-action: only with --demo and --screenshot</source>
        <translation>--screenshot-action：只能与 --demo 和 --screenshot 一起使用</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the demo sandbox did not start: %1</source>
        <translation>演示沙箱未能启动：%1</translation>
    </message>
    <message>
        <location filename="../app/console/console_text.cpp" line="-68"/>
        <source>Start the embedded sandbox, seed it, sign in to it and open the console on it.</source>
        <translation>启动内置沙箱，生成示例数据，登录并在其上打开控制台。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: open the demo as its seller (liu.yang of 云途软件) instead of the enterprise administrator: access keys, production addresses, credentials and the integration debugger against a reference SaaS server started beside the sandbox.</source>
        <translation>与 --demo 一起使用：以演示中的商家（云途软件的 liu.yang）而非企业管理员身份打开演示：密钥、生产地址、应用凭证，以及针对随沙箱启动的参考 SaaS 服务器的应用接入调试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to this server (https://…) as a new account, unless an account for it exists.</source>
        <translation>以新账号登录此服务器（https://…），已有该服务器的账号时直接使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open this saved account (default: the most recently used).</source>
        <translation>打开此已保存的账号（默认：最近使用的）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --server: keep tokens in the system keychain (default) or an encrypted file (file).</source>
        <translation>与 --server 一起使用：令牌保存在系统钥匙串（默认）或加密文件（file）中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep accounts, caches, outboxes and journals under DIR.</source>
        <translation>将账号、缓存、发件箱和日志保存在 DIR 下。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open on this section: its name in the navigation (e.g. &quot;License inventory&quot;) or its place (1, 2, …).</source>
        <translation>打开到此栏目：导航中的名称（如“License 清单”）或序号（1、2、…）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --demo and --screenshot: first run this command of the window, named by its object name (e.g. addMemberAction), and show the dialog it opens in the picture.</source>
        <translation>与 --demo 和 --screenshot 一起使用：先运行窗口的这个命令（以对象名指定，例如 addMemberAction），并把它打开的对话框一并截入图片。</translation>
    </message>
    <message>
        <location filename="../app/console/console_app.cpp" line="-56"/>
        <source>--secret-store: expected keychain or file, got &quot;%1&quot;</source>
        <translation>--secret-store：应为 keychain 或 file，实际为“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--demo-seller: only with --demo</source>
        <translation>--demo-seller：只能与 --demo 一起使用</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the demo seller&apos;s server did not start: %1</source>
        <translation>演示卖家的服务器未能启动：%1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>there is no account &quot;%1&quot;; start without --account to choose or add one</source>
        <translation>没有名为“%1”的账号；不带 --account 启动以选择或添加账号</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The tokens of &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”的令牌：%2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The audit journal&apos;s anchor could not be read (%1); the journal is kept, but its new entries are not anchored this session.</source>
        <translation>无法读取审计日志的锚点（%1）；日志保留不变，但本次会话的新条目不会被锚定。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The renewed sign-in could not be kept: %1</source>
        <translation>无法保存续期后的登录：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the demo&apos;s server is not running</source>
        <translation>演示服务器未在运行</translation>
    </message>
    <message>
        <location filename="../app/console/console_text.cpp" line="+25"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../app/console/console_app.cpp" line="+61"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proprietary</source>
        <translation>专有</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The demo has one account. Start marketdesk without --demo to use your own.</source>
        <translation>演示只有一个账号。不带 --demo 启动 marketdesk 以使用您自己的账号。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of &quot;%1&quot;? The session at the server ends and the tokens are removed from this computer. The local copy, the outbox and the audit journal stay.</source>
        <translation>退出“%1”？服务器上的会话将结束，令牌将从本机删除。本地副本、发件箱和审计日志会保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Remove the account &quot;%1&quot; and its stored sign-in from this computer?</source>
        <translation>从本机删除账号“%1”及其保存的登录信息？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its cache (the local copy of the organisation) can be deleted too; the audit journal and the outbox always stay.</source>
        <translation>也可以删除其缓存（组织架构的本地副本）；审计日志和发件箱始终保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove and delete cache</source>
        <translation>删除账号和缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove, keep cache</source>
        <translation>删除账号，保留缓存</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--page: there is no page &quot;%1&quot;; the pages are %2.</source>
        <translation>--page：没有页面“%1”；可用的页面是 %2。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--screenshot-action: this window has no command &quot;%1&quot;; it has %2.</source>
        <translation>--screenshot-action：此窗口没有命令“%1”；可用的命令有 %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--screenshot-action: &quot;%1&quot; went away before it could run.</source>
        <translation>--screenshot-action：“%1”在运行之前已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot-action: &quot;%1&quot; (%2) cannot be run on this page now.</source>
        <translation>--screenshot-action：“%1”（%2）此刻无法在此页面上运行。</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>%1 (%2) of %3 [%4] at %5
Tokens kept in %6</source>
        <translation>%3 [%4] 的 %1（%2），服务器 %5
令牌保存在%6</translation>
    </message>
    <message>
        <location filename="../app/console/console_module.cpp" line="+22"/>
        <source>marketdesk: already open on %1 and brought forward; --%2 was not applied (switch accounts there with Ctrl+K, or quit it first)
</source>
        <translation>marketdesk：已在 %1 上打开并已显示到前台；--%2 未生效（请在该窗口中用 Ctrl+K 切换账户，或先退出它）
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>marketdesk: already open on %1; that window was asked to come forward
</source>
        <translation>marketdesk：已在 %1 上打开；已请该窗口显示到前台
</translation>
    </message>
</context>
<context>
    <name>ConsoleLoader</name>
    <message>
        <location filename="../app/console/console_loader.cpp" line="+81"/>
        <source>marketdesk: cannot load %1: %2</source>
        <translation>marketdesk：无法加载 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>marketdesk</source>
        <translation>marketdesk</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../ui/seller/credential_dialog.cpp" line="+43"/>
        <source>One application instance serves several purchases</source>
        <translation>一个应用实例服务多次购买</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit credential %1</source>
        <translation>编辑凭证 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for an application credential</source>
        <translation>申请应用凭证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>App &amp;name:</source>
        <translation>应用名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth 2.0 (KooGallery&apos;s unified login)</source>
        <translation>OAuth 2.0（云商店统一登录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign-in:</source>
        <translation>认证方式(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Callback address:</source>
        <translation>回调地址(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not ready: %2)</source>
        <translation>%1（未就绪：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Production address:</source>
        <translation>生产地址(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multi-instance:</source>
        <translation>多实例(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login address &amp;type:</source>
        <translation>登录地址类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login address:</source>
        <translation>登录地址(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA &amp;public key:</source>
        <translation>RSA 公钥(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WeLink open platform</source>
        <translation>WeLink 开放平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial software cloud</source>
        <translation>工业软件云</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pl&amp;atforms (optional):</source>
        <translation>平台（可选）(&amp;A)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential is bound to a listed product: only the production address, the login address and the public key may change.</source>
        <translation>该凭证已绑定已上架商品：只能修改生产地址、登录地址和公钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-instance binding, once on, stays on.</source>
        <translation>多实例绑定一旦开启便不能关闭。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Add a production address and debug it first (Production addresses page).</source>
        <translation>请先添加生产地址并完成调试（“生产地址”页面）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>CredentialRules</name>
    <message>
        <location filename="../app/core/seller/credential_rules.cpp" line="+14"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1 characters, got %2</source>
        <translation>最多 %1 个字符，实际为 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &quot;OAuth2.0&quot; or &quot;SDK&quot;, got &quot;%1&quot;</source>
        <translation>应为“OAuth2.0”或“SDK”，实际为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required for OAuth2.0 (the address that receives code and tenant)</source>
        <translation>OAuth2.0 必填（接收 code 和 tenant 的地址）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only an OAuth2.0 credential has a callback address</source>
        <translation>只有 OAuth2.0 凭证才有回调地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required: a production address that passed debugging</source>
        <translation>必填：一个已通过调试的生产地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &quot;shared&quot; or &quot;per-tenant&quot;, got &quot;%1&quot;</source>
        <translation>应为“shared”（共享）或“per-tenant”（租户独立域名），实际为“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;WeLink&quot; or &quot;IndustrialSoftwareCloud&quot;, got &quot;%1&quot;</source>
        <translation>应为“WeLink”或“IndustrialSoftwareCloud”，实际为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>multi-instance binding, once on, cannot be switched off</source>
        <translation>多实例绑定一旦开启便不能关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot change while the credential is bound to a listed product; only addressId, loginUrl and publicKey may</source>
        <translation>凭证绑定已上架商品时不可更改；只有 addressId、loginUrl 和 publicKey 可以更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>required: paste the RSA public key (base64, without the BEGIN/END lines)</source>
        <translation>必填：粘贴 RSA 公钥（Base64，不含 BEGIN/END 行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters is too long for an RSA public key</source>
        <translation>%1 个字符，对 RSA 公钥来说太长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a private key; paste the public key and keep the private key to yourself</source>
        <translation>这是私钥；请粘贴公钥，私钥请自行妥善保管</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paste the key without the -----BEGIN PUBLIC KEY----- and -----END PUBLIC KEY----- lines</source>
        <translation>粘贴密钥时不要包含 -----BEGIN PUBLIC KEY----- 和 -----END PUBLIC KEY----- 行</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../app/core/storage/csv.cpp" line="+104"/>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行：带引号的字段没有结束引号</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>第 %1 行：结束引号后出现了多余的文本</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: a quote inside an unquoted field</source>
        <translation>第 %1 行：未加引号的字段中出现了引号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>第 %1 行：文本不是有效的 UTF-8</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../app/core/storage/csv_table.cpp" line="+32"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/core/storage/database.cpp" line="+47"/>
        <location line="+16"/>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has schema version %2, newer than this program knows (%3). Use a newer marketdesk.</source>
        <translation>%1 的结构版本为 %2，比本程序支持的版本（%3）新。请使用更新版本的 marketdesk。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>将 %1 升级到结构版本 %2 失败：%3</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No transaction is open on %1.</source>
        <translation>%1 上没有打开的事务。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving to %1 failed: %2</source>
        <translation>保存到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>DebugCaller</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_caller.cpp" line="+159"/>
        <source>no answer within %1 s (the marketplace&apos;s timeout, §2.4)</source>
        <translation>%1 秒内无应答（云商店的超时，§2.4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>
… (%1 bytes in all)</source>
        <translation>
…（共 %1 字节）</translation>
    </message>
</context>
<context>
    <name>DebugCheck</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_check.cpp" line="+53"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
</context>
<context>
    <name>DebugCheckModel</name>
    <message>
        <location filename="../models/seller/debug_check_model.cpp" line="+70"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>结果码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>DebugJudge</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_judge.cpp" line="+22"/>
        <source>HTTP %1 instead of 200</source>
        <translation>HTTP %1，而不是 200</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is not a JSON object</source>
        <translation>应答不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer within %1 s: the marketplace gives up after 5 s (§2.4)</source>
        <translation>%1 秒内无应答：云商店 5 秒后即放弃（§2.4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1: every interface answers HTTP 200 with a resultCode (§2.2)</source>
        <translation>HTTP %1：每个接口都应以 HTTP 200 和 resultCode 应答（§2.2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is not a JSON object with resultCode and resultMsg (§2.2)</source>
        <translation>应答不是带 resultCode 和 resultMsg 的 JSON 对象（§2.2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resultCode is missing or not a string (§2.2)</source>
        <translation>resultCode 缺失或不是字符串（§2.2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resultCode %1 is not in the table of result codes (§2.3)</source>
        <translation>resultCode %1 不在结果码表中（§2.3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Body-Sign header is missing: every V1 answer carries one (§3.2)</source>
        <translation>缺少 Body-Sign 头：每个 V1 应答都带有它（§3.2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body-Sign is wrong (§3.2: HMAC-SHA256 keyed with the accessKey alone over the exact body, quoted as sign_type=&quot;HMAC-SHA256&quot;, signature= &quot;…&quot;): %1</source>
        <translation>Body-Sign 有误（§3.2：仅以 accessKey 为密钥，对原样的应答体做 HMAC-SHA256，写作 sign_type=&quot;HMAC-SHA256&quot;, signature= &quot;…&quot;）：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 (%2), got %3%4</source>
        <translation>应为 %1（%2），实际为 %3%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is missing or not a non-empty string</source>
        <translation>%1：%2 缺失或不是非空字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is longer than %3 characters</source>
        <translation>%1：%2 超过 %3 个字符</translation>
    </message>
</context>
<context>
    <name>DebugReport</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_report.cpp" line="+41"/>
        <source>not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 passed, %2 failed, %3 skipped of %4 checks in %5 ms%6</source>
        <translation>%4 项检查中 %1 项通过、%2 项失败、%3 项跳过，用时 %5 毫秒%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+8"/>
        <source>Integration debugging report</source>
        <translation>应用接入调试报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suite</source>
        <translation>套件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run id</source>
        <translation>运行编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not every check passed.</source>
        <translation>并非所有检查都通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>结果码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason and exchange</source>
        <translation>原因与请求应答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request and answer</source>
        <translation>请求与应答</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the report must end in .html or .json</source>
        <translation>%1：报告文件名必须以 .html 或 .json 结尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>DebugRun</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_run.cpp" line="+82"/>
        <source>no callback address was given (--callback): the unified login is checked only against the credential&apos;s callback address</source>
        <translation>未提供回调地址（--callback）：统一登录只能针对应用凭证的回调地址检查</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The login provider cannot listen on %1 port %2 (--login-listen): %3</source>
        <translation>登录提供方无法在 %1 端口 %2 上监听（--login-listen）：%3</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>not run: it needs %1 from an earlier step of this scenario, which did not give it</source>
        <translation>未运行：它需要本场景前面步骤提供的 %1，但前面的步骤没有提供</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>answered in %1 ms</source>
        <translation>%1 毫秒内应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered %1 in %2 ms</source>
        <translation>%2 毫秒内应答 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not run: an earlier call of this scenario got no usable answer</source>
        <translation>未运行：本场景前面的一次调用没有得到可用的应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the preparation &quot;%1&quot; failed: %2</source>
        <translation>准备步骤“%1”失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run: the preparation &quot;%1&quot; failed</source>
        <translation>未运行：准备步骤“%1”失败</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DebugTarget</name>
    <message>
        <location filename="../app/core/seller/debugger/debug_target.cpp" line="+10"/>
        <source>The production address &quot;%1&quot; is not a valid URL.</source>
        <translation>生产地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The production address must not carry a user name or password.</source>
        <translation>生产地址中不能包含用户名或密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The production address must not carry a query or a fragment.</source>
        <translation>生产地址不能带查询参数或片段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for the basic interfaces is empty.</source>
        <translation>基础接口的密钥为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for the Kit interfaces is empty.</source>
        <translation>联营 Kit 接口的密钥为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basic and Kit interfaces must be bound to different keys (§3.1).</source>
        <translation>基础接口和 Kit 接口必须绑定不同的密钥（§3.1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryptType must be 1 (AES-256) or 2 (AES-128), not &quot;%1&quot;.</source>
        <translation>encryptType 必须是 1（AES-256）或 2（AES-128），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller&apos;s key for clientSecret must be the public key, not the private one.</source>
        <translation>用于 clientSecret 的商家密钥必须是公钥，而不是私钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login suite needs the credential&apos;s callback address (--callback).</source>
        <translation>登录套件需要应用凭证的回调地址（--callback）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login provider&apos;s address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>登录提供方的地址“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login provider listens on every address, so which one the seller&apos;s server reaches it at is not known: give it with --login-url.</source>
        <translation>登录提供方在所有地址上监听，无法得知商家服务器通过哪个地址访问它：请用 --login-url 指定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback address is on another computer, but the login provider would be reached at %1, that computer&apos;s own loopback: listen on an address it can reach (--login-listen HOST:PORT), and give --login-url when it reaches it under another name.</source>
        <translation>回调地址在另一台计算机上，但登录提供方的地址将是 %1，即那台计算机自己的回环地址：请在它能访问的地址上监听（--login-listen HOST:PORT），若它通过其他名称访问，再用 --login-url 指定。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The callback address &quot;%1&quot; is not an http(s) URL such as https://saas.example.com/isv/login/callback.</source>
        <translation>回调地址“%1”不是 http(s) URL，例如 https://saas.example.com/isv/login/callback。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback address: %1</source>
        <translation>回调地址：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The callback address must not carry a fragment.</source>
        <translation>回调地址不能带片段（#）。</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <location filename="../ui/org/department_combo.cpp" line="+8"/>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../ui/org/department_dialog.cpp" line="+35"/>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit department %1</source>
        <translation>编辑部门 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Name:</source>
        <comment>a department&apos;s name</comment>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent:</source>
        <translation>上级部门：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Use 1 to 64 letters, digits, _ or -.</source>
        <translation>请使用 1 到 64 个字母、数字、_ 或 -。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A department with this code exists already.</source>
        <translation>已存在使用此编码的部门。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 128 characters.</source>
        <translation>最多 128 个字符。</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message numerus="yes">
        <location filename="../models/org/department_tree_model.cpp" line="+94"/>
        <source>%1 (%2): %n member(s) in all, %3 directly</source>
        <translation>
            <numerusform>%1（%2）：共 %n 名成员，直属 %3 名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../app/console/display_check.cpp" line="+31"/>
        <source>There is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from the desktop, or use marketdesk-cli here.</source>
        <translation>没有可显示窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）。请从桌面启动，或在这里使用 marketdesk-cli。</translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <location filename="../app/core/org/executor.cpp" line="+42"/>
        <source>Cancelled before it was sent.</source>
        <translation>发送前已取消。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server&apos;s answer to a batch could not be read (%1); it will be asked again.</source>
        <translation>无法读取服务器对批量请求的应答（%1），将重新请求。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation>本程序不认识操作“%1”；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <location filename="../app/core/seller/field_cipher.cpp" line="+57"/>
        <source>encryptType is &quot;%1&quot;; it must be 1 (AES-256) or 2 (AES-128)</source>
        <translation>encryptType 为“%1”；必须为 1（AES-256）或 2（AES-128）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the iv must be 16 letters or digits</source>
        <translation>iv 必须是 16 个字母或数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenSSL could not encrypt the value</source>
        <translation>OpenSSL 无法加密该值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the value has %1 characters; it needs the 16-character iv and at least one encrypted block (24 more)</source>
        <translation>该值只有 %1 个字符；它需要 16 个字符的 iv 和至少一个加密块（再 24 个字符）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first 16 characters (the iv) are not ASCII</source>
        <translation>前 16 个字符（iv）不是 ASCII</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text after the 16-character iv is not Base64</source>
        <translation>16 个字符的 iv 之后的文本不是 Base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted part is %1 bytes, not whole 16-byte AES blocks: the value is cut or damaged</source>
        <translation>加密部分为 %1 字节，不是完整的 16 字节 AES 块：该值被截断或已损坏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the padding does not check out: a wrong accessKey or encryptType, or a damaged value</source>
        <translation>填充校验失败：accessKey 或 encryptType 不对，或该值已损坏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the decrypted bytes are not UTF-8 text: a wrong accessKey or encryptType, or a damaged value</source>
        <translation>解密得到的字节不是 UTF-8 文本：accessKey 或 encryptType 不对，或该值已损坏</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <location filename="../app/core/identity/file_secret_store.cpp" line="+55"/>
        <source>encrypted file %1 (AES-256-GCM, passphrase)</source>
        <translation>加密文件 %1（AES-256-GCM，口令）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the secret store %1: %2</source>
        <translation>无法读取密钥库 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a marketdesk secret store, or it is damaged (%2)</source>
        <translation>%1 不是 marketdesk 密钥库，或已损坏（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at byte %2</source>
        <translation>%1（第 %2 字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>没有 &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer marketdesk (version %2)</source>
        <translation>%1 由更新版本的 marketdesk 写入（版本 %2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the lock file %1.lock: %2</source>
        <translation>无法创建锁文件 %1.lock：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the secret store %1: %2</source>
        <translation>无法写入密钥库 %1：%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the passphrase for %1 is empty</source>
        <translation>%1 的口令为空</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the key derivation settings are missing or weaker than allowed</source>
        <translation>%1：密钥派生参数缺失或弱于允许的强度</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the key derivation failed (OpenSSL)</source>
        <translation>密钥派生失败（OpenSSL）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the passphrase does not open %1</source>
        <translation>该口令无法打开 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>the secret store %1 is locked; its passphrase is needed</source>
        <translation>密钥库 %1 已锁定；需要输入其口令</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the entry &quot;%1&quot; in %2 is damaged or was not written with this passphrase</source>
        <translation>%2 中的条目“%1”已损坏，或不是用此口令写入的</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>the secret store %1 is in use by another program</source>
        <translation>密钥库 %1 正被其他程序使用</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>encryption failed (OpenSSL)</source>
        <translation>加密失败（OpenSSL）</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1: the key derivation asks for %2 iterations, more than the %3 allowed</source>
        <translation>%1：密钥派生要求 %2 次迭代，超过允许的 %3 次</translation>
    </message>
</context>
<context>
    <name>ImageRenewal</name>
    <message>
        <location filename="../app/core/licenses/image_renewal.cpp" line="+27"/>
        <source>Ended on %1. ECS %2 still runs on this image&apos;s system disk, so the image has been billed on demand (hourly, from the account balance) since. Renew it, or change the ECS&apos;s system disk, to stop that.</source>
        <translation>已于 %1 到期。云服务器 %2 仍在使用此镜像的系统盘，因此镜像自到期起按需计费（按小时从账户余额扣费）。续费，或为该云服务器更换系统盘，即可停止计费。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on %1; no ECS uses it, so nothing is billed.</source>
        <translation>已于 %1 到期；没有云服务器在使用，不会计费。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renews by itself on %1.</source>
        <translation>将于 %1 自动续费。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ends on %1. If it is not renewed by then and ECS %2 keeps running on this image&apos;s system disk, the image is billed on demand (hourly, from the account balance); changing the system disk before then avoids it.</source>
        <translation>将于 %1 到期。若届时未续费且云服务器 %2 仍在使用此镜像的系统盘，镜像将按需计费（按小时从账户余额扣费）；在此之前更换系统盘可避免。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Image subscription ends: %1 (ECS %2, %3)</source>
        <translation>镜像包年包月到期：%1（云服务器 %2，%3）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>within 30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within 7 days</source>
        <translation>7 天内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within a day</source>
        <translation>1 天内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>已到期</translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <location filename="../models/licenses/image_table_model.cpp" line="+52"/>
        <source>Ends within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends within a day</source>
        <translation>1 天内到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended — billing on demand</source>
        <translation>已到期 — 按需计费中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On demand, %1 %2 an hour</source>
        <translation>按需，每小时 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepaid, yearly</source>
        <translation>包年预付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepaid, monthly</source>
        <translation>包月预付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not billed</source>
        <translation>不计费</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECS</source>
        <translation>云服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <location filename="../ui/licenses/images_page.cpp" line="+37"/>
        <source>&amp;Images</source>
        <translation>镜像(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch auto-renew &amp;on</source>
        <translation>打开自动续费(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch auto-renew o&amp;ff…</source>
        <translation>关闭自动续费(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export renewal &amp;calendar (.ics)…</source>
        <translation>导出续费日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export image subscriptions…</source>
        <translation>导出镜像订阅(&amp;E)…</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+218"/>
        <source>Export renewal calendar</source>
        <translation>导出续费日历</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Calendars (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+219"/>
        <source>Export image subscriptions</source>
        <translation>导出镜像订阅</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+74"/>
        <source>Image subscriptions</source>
        <translation>镜像包年包月</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n end(s) within a day</source>
        <translation>
            <numerusform>%n 个 1 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n within 7 days</source>
        <translation>
            <numerusform>%n 个 7 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n within 30 days</source>
        <translation>
            <numerusform>%n 个 30 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ended and still billing on demand (hourly, from the account balance).</source>
        <translation>
            <numerusform>%n 个已到期且仍在按需计费（按小时从账户余额扣费）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an image subscription to see what its end means.</source>
        <translation>选择一个镜像订阅，查看其到期的影响。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2, order %3</source>
        <translation>%1 — %2，订单 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves ECS %1 (%2) in %3; %4.</source>
        <translation>用于云服务器 %1（%2），区域 %3；%4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ECS runs on this image&apos;s system disk</source>
        <translation>该云服务器正在使用此镜像的系统盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ECS runs on it now</source>
        <translation>目前没有云服务器在使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices: %1 %4 a month, %2 %4 a year; on demand %3 %4 an hour.</source>
        <translation>价格：每月 %1 %4，每年 %2 %4；按需每小时 %3 %4。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch auto-renew off</source>
        <translation>关闭自动续费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch auto-renew off for %1 on ECS %2?

It then ends on %3. If it is not renewed by then and the ECS keeps running on this image&apos;s system disk, the image is billed on demand — %4 %5 an hour, from the account balance.</source>
        <translation>关闭云服务器 %2 上 %1 的自动续费？

它将于 %3 到期。若届时未续费且该云服务器仍在使用此镜像的系统盘，镜像将按需计费 — 每小时 %4 %5，从账户余额扣费。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Auto-renew is on for %1.</source>
        <translation>%1 的自动续费已打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew is off for %1.</source>
        <translation>%1 的自动续费已关闭。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Someone changed %1 first; it is shown as it is now. Check it and switch again if needed.</source>
        <translation>%1 已被他人先行修改；现显示其当前状态。请检查，如有需要再次切换。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-renew was not switched: %1 (%2)</source>
        <translation>自动续费未切换：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <location filename="../app/core/org/impact.cpp" line="+31"/>
        <source>not found in this enterprise (sync, or check the name)</source>
        <translation>在本企业中找不到（请同步，或检查名称）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already enabled</source>
        <translation>已是启用状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already disabled</source>
        <translation>已是禁用状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last enabled administrator cannot be disabled</source>
        <translation>不能禁用最后一名已启用的管理员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only a disabled member can be deleted; disable it first</source>
        <translation>只能删除已禁用的成员；请先禁用</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/org/import_dialog.cpp" line="+31"/>
        <location line="+110"/>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>A file with a &lt;b&gt;userName&lt;/b&gt; column selects members for enable, disable or delete. A file with the columns &lt;b&gt;userName,name,email,mobile,orgCode[,role]&lt;/b&gt; adds new members.</source>
        <translation>含 &lt;b&gt;userName&lt;/b&gt; 列的文件用于选择要启用、禁用或删除的成员。含 &lt;b&gt;userName,name,email,mobile,orgCode[,role]&lt;/b&gt; 列的文件用于添加新成员。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adding… %1 of %2</source>
        <translation>正在添加… %1 / %2</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>%1 will change; %2 will be skipped because of problems.</source>
        <translation>%1将变更；%2因有问题将被跳过。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="-168"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 added, %2 failed. Failures are in the audit journal.</source>
        <translation>已添加 %1 名，失败 %2 名。失败原因已记入审计日志。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do with the listed members</source>
        <translation>对所列成员执行的操作</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the file would change</source>
        <translation>该文件将做的更改</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Enter to read this file.</source>
        <translation>按 Enter 读取此文件。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 64 MB; split it.</source>
        <translation>%1 大于 64 MB，请拆分。</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>添加 %n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>disabled → enabled</source>
        <translation>已禁用 → 已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled → disabled</source>
        <translation>已启用 → 已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will be deleted</source>
        <translation>将被删除</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Waiting for the server: %1 The rows not yet added are kept and sent when it answers; you may close this window.</source>
        <translation>正在等待服务器：%1 尚未添加的行已保留，将在服务器应答时发送；您可以关闭此窗口。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../models/org/import_preview_model.cpp" line="+50"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <location filename="../app/console/instance_channel.cpp" line="+46"/>
        <source>another marketdesk holds %1 but does not answer: %2</source>
        <translation>另一个 marketdesk 持有 %1，但没有应答：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>another marketdesk holds %1 but did not take the request</source>
        <translation>另一个 marketdesk 持有 %1，但没有接受请求</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../models/apps/inventory_model.cpp" line="+71"/>
        <source>The period ended on %1; renew it to keep the seats.</source>
        <translation>有效期已于 %1 结束；续费以保留席位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends on %1.</source>
        <translation>有效期于 %1 结束。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought</source>
        <translation>购买</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by disabled</source>
        <translation>停用成员占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by deleted</source>
        <translation>已删除成员占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reclaimable</source>
        <translation>可回收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../ui/apps/inventory_page.cpp" line="+64"/>
        <source>&amp;Inventory</source>
        <translation>清单(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reclaim seats…</source>
        <translation>回收席位(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export inventory…</source>
        <translation>导出清单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;reclaim list…</source>
        <translation>导出回收列表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seats per app</source>
        <translation>各应用的席位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats to reclaim</source>
        <translation>可回收的席位</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Syncing apps…</source>
        <translation>正在同步应用…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No seat history yet.</source>
        <translation>还没有席位历史。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(The history could not be brought up to date: %1)</source>
        <translation>（无法更新历史：%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>License inventory</source>
        <translation>License 清单</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 apps: %2 seats bought, %3 assigned, %4 free. %5 could be reclaimed (%6 held by disabled members, %7 by deleted ones, %8 never used). %9 period(s) end within 30 days.</source>
        <translation>%1 个应用：购买 %2 个席位，已分配 %3，空闲 %4。可回收 %5 个（停用成员占用 %6，已删除成员占用 %7，从未使用 %8）。%9 个有效期在 30 天内结束。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the seat history…</source>
        <translation>正在读取席位历史…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reclaim these %n seat(s)…</source>
        <translation>
            <numerusform>回收这 %n 个席位…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reclaim seats</source>
        <translation>回收席位</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reclaim %n seat(s) of %1?</source>
        <translation>
            <numerusform>回收 %1 的 %n 个席位？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 held by deleted members, %2 by disabled members, %3 never used. Members who never used the app lose access; seats freed go to whoever waits for one. A reclaimed seat is not given back by an automatic grant.</source>
        <translation>已删除成员占用 %1 个，停用成员占用 %2 个，从未使用 %3 个。从未使用的成员将失去访问权限；释放的席位分配给等待者。被回收的席位不会被自动授权重新分配。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export reclaim list</source>
        <translation>导出回收列表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export inventory</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>JournalAnchor</name>
    <message>
        <location filename="../app/core/storage/journal_anchor.cpp" line="+25"/>
        <source>the journal anchor is not a JSON object (%1)</source>
        <translation>日志锚点不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the journal anchor has an unknown version &quot;v&quot;</source>
        <translation>日志锚点的版本“v”未知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the journal anchor&apos;s &quot;count&quot; is not a positive whole number</source>
        <translation>日志锚点的“count”不是正整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the journal anchor&apos;s &quot;head&quot; is not a SHA-256 in hex</source>
        <translation>日志锚点的“head”不是十六进制的 SHA-256</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the journal anchor&apos;s &quot;at&quot; is not an ISO 8601 time</source>
        <translation>日志锚点的“at”不是 ISO 8601 时间</translation>
    </message>
</context>
<context>
    <name>JournalAnchorKeeper</name>
    <message>
        <location filename="../app/core/identity/journal_anchor_keeper.cpp" line="+18"/>
        <source>no secret store to read the journal anchor from</source>
        <translation>没有可读取日志锚点的密钥库</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The audit journal&apos;s anchor was not updated: %1</source>
        <translation>未更新审计日志的锚点：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit journal&apos;s anchor could not be kept: %1</source>
        <translation>无法保存审计日志的锚点：%1</translation>
    </message>
</context>
<context>
    <name>JournalAnchorWatch</name>
    <message>
        <location filename="../app/core/storage/journal_anchor_watch.cpp" line="+48"/>
        <source>The audit journal does not match what was recorded outside it (%1); the record is left as it was (marketdesk-cli audit verify).</source>
        <translation>审计日志与其外部记录不符（%1）；外部记录保持原样（marketdesk-cli audit verify）。</translation>
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
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+83"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number of at least %1</source>
        <translation>应为不小于 %1 的整数</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an ISO 8601 time, got &quot;%1&quot;</source>
        <translation>应为 ISO 8601 时间，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <location filename="../app/core/seller/json_tree.cpp" line="+57"/>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected text after the JSON value</source>
        <translation>JSON 值之后有多余的文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON error at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 错误：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+28"/>
        <source>expected a value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the text ends where a value was expected</source>
        <translation>文本在应为值的位置结束</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a key in double quotes</source>
        <translation>此处应为双引号中的键</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>键“%1”出现了两次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;:&apos; after a key</source>
        <translation>键之后应为“:”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>此处应为“,”或“}”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>此处应为“,”或“]”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a number needs digits</source>
        <translation>数字缺少数位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number must not start with 0</source>
        <translation>数字不能以 0 开头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number needs digits after &apos;.&apos;</source>
        <translation>数字在“.”之后缺少数位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number needs digits in its exponent</source>
        <translation>数字的指数部分缺少数位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the number is outside the range of a double</source>
        <translation>数字超出了双精度浮点数的范围</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>\u needs four hex digits</source>
        <translation>\u 之后需要四个十六进制数字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the string has no closing quote</source>
        <translation>字符串缺少结束引号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a control character must be escaped in a string</source>
        <translation>字符串中的控制字符必须转义</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+3"/>
        <source>a lone surrogate in \u escapes</source>
        <translation>\u 转义中有孤立的代理项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown escape in a string</source>
        <translation>字符串中有未知的转义</translation>
    </message>
</context>
<context>
    <name>KeyPairDialog</name>
    <message>
        <location filename="../ui/seller/key_pair_dialog.cpp" line="+53"/>
        <source>Generate a key pair</source>
        <translation>生成密钥对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KooGallery encrypts each tenant&apos;s client secret with your public key; your server decrypts it with the private key. The private key is written only to the file you choose, encrypted with your passphrase. marketdesk keeps no copy and never uploads it.</source>
        <translation>云商店用您的公钥加密每个租户的客户端密钥（clientSecret），您的服务器用私钥解密。私钥只写入您选择的文件，并以您的口令加密。marketdesk 不保留副本，也从不上传。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 bits (slower to make)</source>
        <translation>RSA 4096 位（生成较慢）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key size:</source>
        <translation>密钥长度(&amp;K)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new file, e.g. ~/keys/seller-private.pem</source>
        <translation>一个新文件，例如 ~/keys/seller-private.pem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Private key file:</source>
        <translation>私钥文件(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pass&amp;phrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Generating the key pair</source>
        <translation>正在生成密钥对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel generation</source>
        <translation>取消生成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key (Base64, as the credential form wants it):</source>
        <translation>公钥（Base64，即应用凭证表单要求的格式）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use this key</source>
        <translation>使用此密钥(&amp;U)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the file the private key is written to.</source>
        <translation>请选择写入私钥的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; a private key is never written over another file.</source>
        <translation>%1 已存在；私钥从不覆盖其他文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private key file</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM 文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Generating a %1-bit key pair…</source>
        <translation>正在生成 %1 位密钥对…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The private key was written to %1. Keep the file and its passphrase safe: marketdesk cannot recover them.</source>
        <translation>私钥已写入 %1。请妥善保管该文件及其口令：marketdesk 无法找回它们。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key pair was made: %1</source>
        <translation>未生成密钥对：%1</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation.cpp" line="+33"/>
        <source>suite: expected basic or kit, got &quot;%1&quot;</source>
        <translation>suite：应为 basic 或 kit，实际为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <location line="+21"/>
        <source>The local data is not open.</source>
        <translation>本地数据未打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rotation of the %1 key of %2 is under way: continue or abandon it.</source>
        <translation>%2 的 %1 密钥正在轮换中：请继续或放弃该轮换。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no production address %1.</source>
        <translation>不存在生产地址 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 binds no %2 key: there is nothing to rotate; bind a key instead.</source>
        <translation>%1 未绑定 %2 密钥：没有可轮换的密钥；请直接绑定一个密钥。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The rotation does not wait for the new secret to be installed.</source>
        <translation>该轮换当前并不在等待安装新密钥。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no failed step to retry.</source>
        <translation>没有可重试的失败步骤。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The binding was switched to the new key already (or the switch is on its way): the rotation can only be finished.</source>
        <translation>绑定已切换到新密钥（或切换正在进行中）：该轮换只能完成，不能放弃。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rotation under way.</source>
        <translation>当前没有进行中的轮换。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change of this rotation waits for the server&apos;s answer; abandon it once it is answered.</source>
        <translation>该轮换的一项变更正在等待服务器应答；应答后再放弃。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The outcome of change %1 could not be read from the server: %2</source>
        <translation>无法从服务器读取变更 %1 的结果：%2</translation>
    </message>
</context>
<context>
    <name>KeyRotationDialog</name>
    <message>
        <location filename="../ui/seller/key_rotation_dialog.cpp" line="+58"/>
        <source>Rotate the %1 key of %2</source>
        <translation>轮换 %2 的 %1 密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new key replaces the one bound for the %1 interfaces. Nothing is switched before a debugging run with the new key passed against your server, and the old key is deleted only once the server confirmed the switch.</source>
        <translation>新密钥将替换 %1 接口当前绑定的密钥。在用新密钥对您的服务器进行的调试运行通过之前不会切换任何绑定；只有在服务器确认切换之后才会删除旧密钥。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Create a new key</source>
        <translation>1. 创建新密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Install its secret on your server</source>
        <translation>2. 在您的服务器上安装其密钥值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Debugging run with the new key</source>
        <translation>3. 用新密钥进行调试运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4. Switch the address to the new key</source>
        <translation>4. 将地址切换到新密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Retire the old key</source>
        <translation>5. 停用旧密钥</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When abandoning, &amp;delete the new unused key</source>
        <translation>放弃时&amp;删除未使用的新密钥</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue: the secret is installed</source>
        <translation>继续：密钥值已安装(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abandon</source>
        <translation>放弃(&amp;A)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the rotation kept for this address…</source>
        <translation>正在读取此地址保存的轮换…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the address&apos;s bindings from the server…</source>
        <translation>正在从服务器读取该地址的绑定…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A rotation started %1 was resumed.</source>
        <translation>已恢复于 %1 开始的轮换。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secret of the new access key %1</source>
        <translation>新密钥 %1 的密钥值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it into your server&apos;s configuration for the %1 interfaces of %2, then press Continue here.</source>
        <translation>请将其写入您服务器上 %2 的 %1 接口配置，然后在此处点击“继续”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo&apos;s server now uses the new key: press Continue.</source>
        <translation>演示服务器已改用新密钥：请点击“继续”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo&apos;s server did not take the new key: %1</source>
        <translation>演示服务器未能使用新密钥：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>given up</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for you</source>
        <translation>等待您操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1 (%2), replacing %3</source>
        <translation>密钥 %1（%2），替换 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed %1</source>
        <translation>已于 %1 确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the new secret into your server&apos;s configuration, then press Continue.</source>
        <translation>请将新密钥值写入您服务器的配置，然后点击“继续”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run %1: %2, %3 checks passed, %4 failed</source>
        <translation>运行 %1：%2，%3 项检查通过，%4 项失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 binds %2 (version %3)</source>
        <translation>%1 已绑定 %2（版本 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key %1 deleted</source>
        <translation>密钥 %1 已删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rotation is finished: %1 uses the new key.</source>
        <translation>轮换已完成：%1 使用新密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rotation was given up; the old key %1 stays bound.</source>
        <translation>轮换已放弃；旧密钥 %1 仍保持绑定。</translation>
    </message>
</context>
<context>
    <name>KeyRotationRecovery</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation_recovery.cpp" line="+89"/>
        <source>The server holds no key named %1.</source>
        <translation>服务器上没有名为 %1 的密钥。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server lists no %1 run of %2 with key %3.</source>
        <translation>服务器上没有 %2 使用密钥 %3 的 %1 调试运行记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server holds no production address %1.</source>
        <translation>服务器上没有生产地址 %1。</translation>
    </message>
</context>
<context>
    <name>KeyRotationStep</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation_step.cpp" line="+28"/>
        <source>The debugging run %1 with the new key failed (%2 checks passed, %3 failed): %4. Check that the new secret is installed on your server, then retry.</source>
        <translation>使用新密钥的调试运行 %1 失败（%2 项检查通过，%3 项失败）：%4。请确认新密钥值已安装到您的服务器上，然后重试。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Key %1 was created, but its secret was answered while nobody was there to receive it and cannot be shown again. Abandon this rotation (deleting %1) and start a new one.</source>
        <translation>密钥 %1 已创建，但其密钥值返回时无人接收，且无法再次显示。请放弃此轮换（删除 %1）并重新开始。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 binds %2 for the %3 interfaces, not the new key %4.</source>
        <translation>%1 的 %3 接口绑定的是 %2，而不是新密钥 %4。</translation>
    </message>
</context>
<context>
    <name>KeyRotationStore</name>
    <message>
        <location filename="../app/core/seller/client/rotation/key_rotation_store.cpp" line="+85"/>
        <source>The key rotation could not be saved: %1</source>
        <translation>无法保存密钥轮换：%1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/core/identity/keychain_secret_store.cpp" line="+22"/>
        <source>no keychain service is running on this computer (%1); use the encrypted file store instead</source>
        <translation>本机没有运行钥匙串服务（%1）；请改用加密文件存储</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain refused access (%1)</source>
        <translation>钥匙串拒绝访问（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain failed: %1</source>
        <translation>钥匙串出错：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>系统钥匙串（服务“%1”）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the keychain entry &quot;%1&quot; is damaged</source>
        <translation>钥匙串条目“%1”已损坏</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>part %1 of the keychain entry &quot;%2&quot; is missing</source>
        <translation>钥匙串条目“%2”缺少第 %1 部分</translation>
    </message>
</context>
<context>
    <name>KitScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/kit_scenarios.cpp" line="+54"/>
        <location line="+30"/>
        <source>marketdesk debugging tenant</source>
        <translation>marketdesk 调试企业</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>tenantSync adds a tenant</source>
        <translation>tenantSync 新增企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>§4.1: success</source>
        <translation>§4.1：成功</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>tenantSync add again answers success</source>
        <translation>再次 tenantSync 新增返回成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <location line="+45"/>
        <source>§4.0: a repeated add creates nothing and answers success</source>
        <translation>§4.0：重复新增不产生新数据并返回成功</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>tenantSync modifies</source>
        <translation>tenantSync 修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1&apos;s tenantSync has no modify (flag 2)</source>
        <translation>V1 的 tenantSync 没有修改（flag 2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync modifies the tenant</source>
        <translation>tenantSync 修改企业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync deletes the tenant</source>
        <translation>tenantSync 删除企业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tenantSync delete of a deleted tenant answers success</source>
        <translation>tenantSync 删除已删除的企业返回成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <location line="+45"/>
        <location line="+42"/>
        <source>§4.0: a delete of what is gone answers success</source>
        <translation>§4.0：删除已不存在的数据返回成功</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>tenantSync adds the tenant first</source>
        <translation>先用 tenantSync 新增企业</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>§3.6: the clientSecret encrypted with the seller&apos;s public key must decrypt (000101: it did not)</source>
        <translation>§3.6：用商家公钥加密的 clientSecret 必须能解密（000101：未能解密）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no seller public key was given (--public-key), so clientSecret cannot be encrypted for this server</source>
        <translation>未提供商家公钥（--public-key），无法为该服务器加密 clientSecret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>applicationSync adds an app and decrypts its clientSecret</source>
        <translation>applicationSync 新增应用并解密其 clientSecret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applicationSync add again answers success</source>
        <translation>再次 applicationSync 新增返回成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync modifies</source>
        <translation>applicationSync 修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1&apos;s applicationSync has no modify (flag 2)</source>
        <translation>V1 的 applicationSync 没有修改（flag 2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync modifies the app</source>
        <translation>applicationSync 修改应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync deletes the app</source>
        <translation>applicationSync 删除应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§4.2: success</source>
        <translation>§4.2：成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync delete of a deleted app answers success</source>
        <translation>applicationSync 删除已删除的应用返回成功</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Debug user %1</source>
        <translation>调试用户 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>authSync authorises two users</source>
        <translation>authSync 授权两个用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>§4.3: success</source>
        <translation>§4.3：成功</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>authSync add again answers success</source>
        <translation>再次 authSync 新增返回成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authSync disables a user (modify)</source>
        <translation>authSync 停用一个用户（修改）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync cancels</source>
        <translation>authSync 取消授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1&apos;s authSync has no cancel (flag 3)</source>
        <translation>V1 的 authSync 没有取消授权（flag 3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync cancels a user&apos;s authorisation</source>
        <translation>authSync 取消一个用户的授权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync deletes the users</source>
        <translation>authSync 删除这些用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authSync delete of deleted users answers success</source>
        <translation>authSync 删除已删除的用户返回成功</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>singleOrgSync adds a department</source>
        <translation>singleOrgSync 新增部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Research</source>
        <translation>研究部</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>§4.4: success</source>
        <translation>§4.4：成功</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>singleOrgSync add again answers success</source>
        <translation>再次 singleOrgSync 新增返回成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>singleOrgSync renames the department</source>
        <translation>singleOrgSync 重命名部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and development</source>
        <translation>研发部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>singleOrgSync deletes the department</source>
        <translation>singleOrgSync 删除部门</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>singleOrgSync delete of a deleted department answers success</source>
        <translation>singleOrgSync 删除已删除的部门返回成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allOrgSync delivers all departments</source>
        <translation>allOrgSync 同步全部部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§4.5: success</source>
        <translation>§4.5：成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allOrgSync again answers success</source>
        <translation>再次 allOrgSync 返回成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§4.5: repeated calls create no new data</source>
        <translation>§4.5：重复调用不产生新数据</translation>
    </message>
</context>
<context>
    <name>LicenseDetailsPane</name>
    <message>
        <location filename="../ui/licenses/license_details_pane.cpp" line="+30"/>
        <source>License text</source>
        <translation>License 文本</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>License %1 — %2</source>
        <translation>License %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1, instance %2</source>
        <translation>订单 %1，实例 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device fingerprint: %1</source>
        <translation>设备指纹：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective %1; expires %2 (with its order).</source>
        <translation>生效时间 %1；到期时间 %2（随订单到期）。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Issued as a file: %1, %n byte(s), SHA-256 %2. Save it (Ctrl+S): the file is fetched and written only when it matches.</source>
        <translation>
            <numerusform>以文件形式签发：%1，%n 字节，SHA-256 %2。保存（Ctrl+S）时会下载文件，校验一致才写入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This License is a file; save it to use it.</source>
        <translation>此 License 是文件；保存后使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued as characters: copy them (Ctrl+C) or save them (Ctrl+S).</source>
        <translation>以字符串形式签发：可复制（Ctrl+C）或保存（Ctrl+S）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a License to see it.</source>
        <translation>选择一个 License 查看。</translation>
    </message>
</context>
<context>
    <name>LicenseFingerprint</name>
    <message>
        <location filename="../app/core/licenses/license_fingerprint.cpp" line="+13"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>board</source>
        <translation>主板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fingerprint is empty.</source>
        <translation>设备指纹为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fingerprint is %1 bytes long; at most %2 are allowed.</source>
        <translation>设备指纹长 %1 字节；最多允许 %2 字节。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Character %1 (U+%2) is not allowed: a fingerprint is printable ASCII.</source>
        <translation>第 %1 个字符（U+%2）不允许：设备指纹只能是可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fingerprint starts or ends with a space.</source>
        <translation>设备指纹以空白开头或结尾。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The fingerprint has %n field(s) separated by &quot;|&quot;; expected 4: MAC|disk|board|CPU (empty ones kept).</source>
        <translation>
            <numerusform>设备指纹有 %n 个以“|”分隔的字段；应为 4 个：MAC|硬盘|主板|CPU（空字段也要保留）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fingerprint must be upper case: &quot;%1&quot; at character %2 (%3 field).</source>
        <translation>设备指纹必须为大写：第 %2 个字符“%1”（%3 字段）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 field has an empty entry between commas.</source>
        <translation>%1 字段的逗号之间有一项为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MAC field, entry %1: &quot;%2&quot; is not a MAC address (00:1A:2B:3C:4D:5E).</source>
        <translation>MAC 字段第 %1 项：“%2”不是 MAC 地址（如 00:1A:2B:3C:4D:5E）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All four fields of the fingerprint are empty.</source>
        <translation>设备指纹的四个字段都为空。</translation>
    </message>
</context>
<context>
    <name>LicenseScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/license_scenarios.cpp" line="+36"/>
        <location line="+46"/>
        <source>getLicenseAsync issues a License</source>
        <translation>getLicenseAsync 签发 License</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>getLicenseAsync is a V2 activity; a V1 server has none</source>
        <translation>getLicenseAsync 是 V2 的活动；V1 服务器没有它</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>§7.1: 000000, or 000004 while issuing asynchronously</source>
        <translation>§7.1：000000，或异步签发时的 000004</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open an instance for the License</source>
        <translation>为 License 开通一个实例</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>§6.1: the instance opens</source>
        <translation>§6.1：实例开通</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the same eventId and fingerprint again give the same License</source>
        <translation>相同的 eventId 和设备指纹再次请求得到同一 License</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§7.1 idempotency</source>
        <translation>§7.1 幂等</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>neither answer carries the License (it is uploaded through the open API, §7.1), so its sameness cannot be seen here</source>
        <translation>两次应答都不带 License（它通过开放接口上传，§7.1），因此此处无法判断是否相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a repeated request (same eventId and deviceFingerprint) must give the same License, never a new one; the answer changed</source>
        <translation>重复的请求（相同的 eventId 和 deviceFingerprint）必须得到同一 License，不能是新的；应答变了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>getLicenseAsync without a device fingerprint</source>
        <translation>不带设备指纹的 getLicenseAsync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>§2.3: 000903 from a product whose License is bound to a device, success from one that is not</source>
        <translation>§2.3：License 绑定设备的商品返回 000903，不绑定设备的商品返回成功</translation>
    </message>
</context>
<context>
    <name>LicenseTableModel</name>
    <message>
        <location filename="../models/licenses/license_table_model.cpp" line="+60"/>
        <source>Takes effect on %1</source>
        <translation>将于 %1 生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1</source>
        <translation>已于 %1 到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Valid, %n day(s) left</source>
        <translation>
            <numerusform>有效，剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Characters</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued as</source>
        <translation>签发形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device fingerprint</source>
        <translation>设备指纹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
</context>
<context>
    <name>LicensesCache</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_cache.cpp" line="+37"/>
        <source>The licenses cache could not be written: %1</source>
        <translation>无法写入订单与 License 缓存：%1</translation>
    </message>
</context>
<context>
    <name>LicensesChange</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_change.cpp" line="+89"/>
        <source>%1 was changed at the server, but the local copy could not be updated: %2. The next sync brings it up to date.</source>
        <translation>%1 已在服务器上变更，但无法更新本地副本：%2。下次同步时会更新。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>License %1 issued for instance %2.</source>
        <translation>已为实例 %2 签发 License %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License %1 for instance %2, the one issued before for this eventId and fingerprint.</source>
        <translation>实例 %2 的 License %1：即此前针对该 eventId 与指纹签发的那一个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image subscription %1 renews by itself.</source>
        <translation>镜像订阅 %1 将自动续费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image subscription %1 no longer renews by itself.</source>
        <translation>镜像订阅 %1 不再自动续费。</translation>
    </message>
</context>
<context>
    <name>LicensesCli</name>
    <message>
        <location filename="../app/cli/licenses_cli.cpp" line="+37"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>未知命令“%1”；请参阅 --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by %2</source>
        <translation>%2 不使用 --%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs %2</source>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>licenses apply needs --instance ID (the instance of a License product; see orders list --type license)</source>
        <translation>licenses apply 需要 --instance ID（License 商品的实例；见 orders list --type license）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>licenses apply needs --fingerprint F (MAC|disk|board|CPU)</source>
        <translation>licenses apply 需要 --fingerprint F（MAC|硬盘|主板|CPU）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--fingerprint: %1</source>
        <translation>--fingerprint：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--type: expected saas, license or image, got &quot;%1&quot;</source>
        <translation>--type：应为 saas、license 或 image，实际为“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>images expiring needs --days N</source>
        <translation>images expiring 需要 --days N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--days: expected a whole number of days from 0 to 3650, got &quot;%1&quot;</source>
        <translation>--days：应为 0 到 3650 的整数天数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 queued as change %2; sending</source>
        <translation>%1 已作为变更 %2 排队；正在发送</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (going on with the local copy)</source>
        <translation>%1（继续使用本地副本）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Showing the local copy (synced %1).</source>
        <translation>显示本地副本（同步于 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The change is kept; the next marketdesk-cli licenses, orders or images command sends it.</source>
        <translation>该变更已保留；下一条 marketdesk-cli licenses、orders 或 images 命令会发送它。</translation>
    </message>
    <message>
        <location filename="../app/cli/licenses_cli_options.cpp" line="+13"/>
        <source>licenses apply: the instance of a License product.</source>
        <translation>licenses apply：License 商品的实例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>licenses apply: the device fingerprint, MAC|disk|board|CPU, upper case.</source>
        <translation>licenses apply：设备指纹，MAC|硬盘|主板|CPU，大写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>orders list|export: only orders of this product type (saas, license or image).</source>
        <translation>orders list|export：仅此商品类型的订单（saas、license 或 image）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>orders list|export: only orders whose order or instance has this status (paid, normal, frozen, expired, …).</source>
        <translation>orders list|export：仅订单或其实例处于此状态的订单（paid、normal、frozen、expired 等）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>images expiring: subscriptions ending within N days (0 to 3650).</source>
        <translation>images expiring：N 天内到期的订阅（0 到 3650）。</translation>
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
        <translation>订单、License 与镜像（管理员账号；退出码与其他账号命令相同）：
  licenses apply --instance ID --fingerprint F   为 License 商品的实例
                                         和本设备申请 License
  orders list [--type saas|license|image] [--status S]
  orders export FILE [--type T] [--status S]   以 CSV 导出订单（带 BOM 的 UTF-8）
  images expiring --days N               N 天内到期的镜像订阅，
                                         以及已过期仍在计费的订阅
  images export-ics FILE                 将订阅到期日导出为日历</translation>
    </message>
</context>
<context>
    <name>LicensesCliView</name>
    <message>
        <location filename="../app/cli/licenses_cli_view.cpp" line="+31"/>
        <source>Licenses %1 of %2 (%3)</source>
        <translation>License 已签发 %1 / %2（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s).</source>
        <translation>
            <numerusform>共 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前已到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On demand: %1 %2 an hour.</source>
        <translation>按需计费：每小时 %1 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image subscription(s) end within %1 day(s) or bill on demand.</source>
        <translation>
            <numerusform>%n 个镜像订阅将在 %1 天内到期或正在按需计费。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent before an interruption and answered now: </source>
        <translation>中断前已发送、现在才收到答复：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issued as the file %1 (%2 bytes, SHA-256 %3).</source>
        <translation>以文件 %1 签发（%2 字节，SHA-256 %3）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2: %3 (%4). The subscription as it is now renews by itself: %5.</source>
        <translation>%1 %2：%3（%4）。该订阅当前是否自动续费：%5。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 refused (%3): %4</source>
        <translation>%1 %2 被拒绝（%3）：%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 refused (%3): %4: %5</source>
        <translation>%1 %2 被拒绝（%3）：%4：%5</translation>
    </message>
</context>
<context>
    <name>LicensesExecutor</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_executor.cpp" line="+63"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation>本程序不认识操作“%1”；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../ui/licenses/licenses_page.cpp" line="+57"/>
        <source>&amp;Licenses</source>
        <translation>License(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply for a License…</source>
        <translation>申请 License(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy License</source>
        <translation>复制 License(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save License…</source>
        <translation>保存 License(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Licenses…</source>
        <translation>导出 License 列表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>License products</source>
        <translation>License 商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licenses of the selected product</source>
        <translation>所选商品的 License</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Orders and Licenses synced.</source>
        <translation>订单和 License 已同步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and Licenses sync failed: %1</source>
        <translation>订单和 License 同步失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licenses</source>
        <translation>License</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Syncing orders and Licenses…</source>
        <translation>正在同步订单和 License…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Apply for a License (Ctrl+N)</source>
        <translation>申请 License（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This License is a file: save it (Ctrl+S).</source>
        <translation>此 License 是文件：请保存（Ctrl+S）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the License&apos;s characters (Ctrl+C)</source>
        <translation>复制 License 字符串（Ctrl+C）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>License %1 issued.</source>
        <translation>License %1 已签发。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device already had License %1; it is shown.</source>
        <translation>此设备已有 License %1；现予显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The License application was refused: %1</source>
        <translation>License 申请被拒绝：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>License %1 copied.</source>
        <translation>License %1 已复制。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Save License</source>
        <translation>保存 License</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Export Licenses</source>
        <translation>导出 License 列表</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>LicensesRecordJson</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_record_json.cpp" line="+24"/>
        <source>expected an amount such as 31200.00, got &quot;%1&quot;</source>
        <translation>应为金额，例如 31200.00，实际为“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>only a License product has a License quota</source>
        <translation>只有 License 商品才有 License 配额</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected 64 lower-case hexadecimal digits</source>
        <translation>应为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>ends before its period starts</source>
        <translation>结束时间早于周期开始时间</translation>
    </message>
</context>
<context>
    <name>LicensesSection</name>
    <message>
        <location filename="../app/console/licenses_section.cpp" line="+25"/>
        <source>marketdesk</source>
        <translation>marketdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orders&apos; and Licenses&apos; local data could not be opened: %1</source>
        <translation>无法打开订单和 License 的本地数据：%1</translation>
    </message>
</context>
<context>
    <name>LicensesService</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_service.cpp" line="+90"/>
        <source>The account&apos;s sign-in is not available.</source>
        <translation>该账号的登录不可用。</translation>
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
        <translation>本地数据未打开。</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>instanceId: name the instance of a License product.</source>
        <translation>instanceId：请指定 License 商品的实例。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The image subscription %1 is not in the local copy; sync first.</source>
        <translation>本地副本中没有镜像订阅 %1；请先同步。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server cannot be reached now (%1); the change is kept and sent when it answers.</source>
        <translation>目前无法连接服务器（%1）；变更已保留，服务器恢复响应后发送。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>License %1 was issued as characters, not as a file.</source>
        <translation>License %1 以字符串形式签发，而非文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>License %1 is not in the local copy; sync first.</source>
        <translation>本地副本中没有 License %1；请先同步。</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>The server&apos;s answer for License %1&apos;s file could not be read (contentBase64).</source>
        <translation>无法读取服务器对 License %1 文件的答复（contentBase64）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>License %1&apos;s file does not match its record: SHA-256 %2 and %3 bytes received, %4 and %5 bytes expected. Nothing was written.</source>
        <translation>License %1 的文件与其记录不符：收到 SHA-256 %2、%3 字节，应为 %4、%5 字节。未写入任何内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>License %1&apos;s file (%2 bytes, SHA-256 %3) written to %4.</source>
        <translation>License %1 的文件（%2 字节，SHA-256 %3）已写入 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个订单导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n renewal date(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个续费日期导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>License %1 was issued as a file; save the file instead.</source>
        <translation>License %1 以文件形式签发；请保存文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>License %1 (%n character(s)) saved to %2.</source>
        <translation>
            <numerusform>License %1（%n 个字符）已保存到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LicensesSync</name>
    <message>
        <location filename="../app/core/licenses/client/licenses_sync.cpp" line="+104"/>
        <source>The server&apos;s %1 listing could not be read: %2</source>
        <translation>无法读取服务器的 %1 列表：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server handed out the page cursor &quot;%1&quot; a second time; the list would never end, so the sync stopped.</source>
        <translation>服务器第二次给出了分页游标“%1”；列表将永远读不完，因此同步已停止。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Synced %n change(s) to orders, Licenses and images.</source>
        <translation>
            <numerusform>已同步订单、License 与镜像的 %n 项变更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingReader</name>
    <message>
        <location filename="../app/core/net/listing_reader.cpp" line="+58"/>
        <source>The server&apos;s listing of %1 could not be read: %2</source>
        <translation>无法读取服务器的 %1 列表：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server handed out the page cursor &quot;%1&quot; a second time; the list would never end, so the sync stopped.</source>
        <translation>服务器第二次给出分页游标“%1”；列表将永远不会结束，因此同步已停止。</translation>
    </message>
</context>
<context>
    <name>LoginJudge</name>
    <message>
        <location filename="../app/core/seller/debugger/login_judge.cpp" line="+39"/>
        <source>the callback answered loggedIn: false (HTTP %1)%2: the login of %3 for tenant %4 did not complete</source>
        <translation>回调应答 loggedIn: false（HTTP %1）%2：%3 在企业 %4 的登录未完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed in %1 instead of %2, the user userinfo named</source>
        <translation>登录的是 %1，而不是 userinfo 给出的用户 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed the user in for tenant %1 instead of %2, the callback&apos;s</source>
        <translation>用户登录到了企业 %1，而不是回调指定的 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed in, but not as authorised for the app although authSync authorised the user, enabled (§4.3)</source>
        <translation>已登录，但未被视为已授权使用该应用，尽管 authSync 已授权该用户且为启用状态（§4.3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed in %1 for tenant %2 (HTTP %3, %4 ms)</source>
        <translation>%1 已登录企业 %2（HTTP %3，%4 毫秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1%2: the callback refused the login of %3 for tenant %4</source>
        <translation>HTTP %1%2：回调拒绝了 %3 在企业 %4 的登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1, but the user was never read at userinfo with a token for the code: nothing shows that anybody was signed in (§5 step 3)</source>
        <translation>HTTP %1，但从未用该授权码换得的令牌读取 userinfo：没有任何迹象表明有人已登录（§5 第 3 步）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 after the code was exchanged and the user read: taken as signed in (an answer with loggedIn, userName and tenant is checked more closely)</source>
        <translation>授权码已换取令牌且已读取用户后应答 HTTP %1：视为已登录（带 loggedIn、userName 和 tenant 的应答会被更严格地检查）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the code was never presented at the tenant&apos;s token endpoint ({domainName}/api/v1/oauth2/token, §5.1)</source>
        <translation>授权码从未提交到企业的令牌端点（{domainName}/api/v1/oauth2/token，§5.1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client_id &quot;%1&quot; is not the one applicationSync delivered to tenant %2 (&quot;%3&quot;, §4.2); the provider answered %4</source>
        <translation>client_id“%1”不是 applicationSync 下发给企业 %2 的那个（“%3”，§4.2）；提供方应答 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no client_secret was sent: the exchange needs the client_secret applicationSync delivered to tenant %1, decrypted (§5.1, §3.6); the provider answered 401 invalid_client</source>
        <translation>未发送 client_secret：换取令牌需要 applicationSync 下发给企业 %1 的 client_secret（解密后，§5.1、§3.6）；提供方应答 401 invalid_client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the client_secret sent is not the one applicationSync delivered to tenant %1 (decrypted with the seller&apos;s private key, §3.6); the provider answered 401 invalid_client</source>
        <translation>发送的 client_secret 不是 applicationSync 下发给企业 %1 的那个（应以商家私钥解密，§3.6）；提供方应答 401 invalid_client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grant_type &quot;%1&quot; instead of authorization_code (§5.1)</source>
        <translation>grant_type 为“%1”，而不是 authorization_code（§5.1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider refused the exchange: HTTP %1 %2</source>
        <translation>提供方拒绝了令牌交换：HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanged with tenant %1&apos;s client_id and client_secret (%2); a token was issued</source>
        <translation>已用企业 %1 的 client_id 和 client_secret 换取令牌（%2）；已签发令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic 认证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the form</source>
        <translation>在表单中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no token was issued for the code (see login.token), so userinfo could not be read with it</source>
        <translation>该授权码未签发令牌（见 login.token），因此无法用它读取 userinfo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a token was issued, but userinfo ({domainName}/api/v1/oauth2/userinfo) was never read with it: the server cannot know who signs in (§5.3)%1</source>
        <translation>已签发令牌，但从未用它读取 userinfo（{domainName}/api/v1/oauth2/userinfo）：服务器无从知道是谁在登录（§5.3）%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n userinfo call(s) came without the bearer issued</source>
        <translation>
            <numerusform>；有 %n 次 userinfo 调用未携带签发的 bearer 令牌</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>userinfo read with the bearer token issued for the code</source>
        <translation>已用为该授权码签发的 bearer 令牌读取 userinfo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the callback signed %1 in for tenant %2: %3</source>
        <translation>回调让 %1 登录了企业 %2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused (HTTP %1)</source>
        <translation>已拒绝（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused (HTTP %1): %2</source>
        <translation>已拒绝（HTTP %1）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused with HTTP %1</source>
        <translation>以 HTTP %1 拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 without a loggedIn field: whether somebody was signed in cannot be told from outside; answer an error status (4xx) or JSON with loggedIn for this check to decide</source>
        <translation>HTTP %1 且没有 loggedIn 字段：从外部无法判断是否有人已登录；请应答错误状态码（4xx）或带 loggedIn 的 JSON，以便本检查作出判断</translation>
    </message>
</context>
<context>
    <name>LoginScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/login_scenarios.cpp" line="+85"/>
        <source>the callback signs the user in for the right tenant</source>
        <translation>回调让用户登录到正确的企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code is exchanged with the tenant&apos;s client_id and client_secret</source>
        <translation>用企业的 client_id 和 client_secret 交换授权码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>userinfo is read with the bearer token issued</source>
        <translation>用签发的 bearer 令牌读取 userinfo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a code already used signs nobody in</source>
        <translation>已使用过的授权码不能让任何人登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown code signs nobody in</source>
        <translation>未知的授权码不能让任何人登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a code of tenant A presented for tenant B signs nobody in</source>
        <translation>企业 A 的授权码以企业 B 提交时不能让任何人登录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no seller public key was given (--public-key), so no clientSecret can be delivered for the login</source>
        <translation>未提供商家公钥（--public-key），无法为登录下发 clientSecret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login provider is not running</source>
        <translation>登录提供方未运行</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+52"/>
        <source>marketdesk login tenant %1</source>
        <translation>marketdesk 登录调试企业 %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+24"/>
        <source>Debug login user</source>
        <translation>登录调试用户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Research</source>
        <translation>研究部</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tenantSync delivers tenant A, its domainName the debugger&apos;s provider</source>
        <translation>tenantSync 下发企业 A，其 domainName 为调试器的提供方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync delivers tenant A&apos;s client_id and client_secret</source>
        <translation>applicationSync 下发企业 A 的 client_id 和 client_secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authSync authorises the user for the app</source>
        <translation>authSync 授权该用户使用应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync delivers tenant B</source>
        <translation>tenantSync 下发企业 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync delivers tenant B&apos;s client_id and client_secret</source>
        <translation>applicationSync 下发企业 B 的 client_id 和 client_secret</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the code had been exchanged already, and a code is used once (§5.1)</source>
        <translation>该授权码已被交换过，而授权码只能使用一次（§5.1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the provider had answered invalid_grant to the second exchange</source>
        <translation>；提供方已对第二次交换应答 invalid_grant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the provider answered invalid_grant: the code was never issued (§5.1)</source>
        <translation>提供方应答 invalid_grant：该授权码从未签发（§5.1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; after the provider answered invalid_grant</source>
        <translation>；在提供方应答 invalid_grant 之后</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the code was issued for a user of tenant %1 and userinfo said so, but the callback named tenant %2: userinfo&apos;s tenant must be the callback&apos;s (§5.3)</source>
        <translation>该授权码签发给企业 %1 的用户，userinfo 也如此说明，但回调指定的是企业 %2：userinfo 的 tenant 必须与回调的一致（§5.3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authSync deletes the user again</source>
        <translation>authSync 再删除该用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync deletes tenant A&apos;s app again</source>
        <translation>applicationSync 再删除企业 A 的应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applicationSync deletes tenant B&apos;s app again</source>
        <translation>applicationSync 再删除企业 B 的应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync deletes tenant A again</source>
        <translation>tenantSync 再删除企业 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantSync deletes tenant B again</source>
        <translation>tenantSync 再删除企业 B</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <location filename="../app/core/identity/loopback_listener.cpp" line="+49"/>
        <source>cannot listen on 127.0.0.1 for the sign-in: %1</source>
        <translation>无法在 127.0.0.1 上监听登录回调：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Bad request</source>
        <translation>错误的请求</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+14"/>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not an HTTP request.</source>
        <translation>这不是 HTTP 请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only GET is answered here.</source>
        <translation>此处只响应 GET。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here.</source>
        <translation>此处没有内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in has already finished.</source>
        <translation>此次登录已经结束。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>marketdesk: signed in</source>
        <translation>marketdesk：已登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this tab and return to marketdesk.</source>
        <translation>您已登录。可以关闭此标签页并返回 marketdesk。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>marketdesk: not this sign-in</source>
        <translation>marketdesk：不是本次登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in marketdesk is waiting for (its state is missing or different), so it was ignored. If you are signing in, finish it in the browser tab marketdesk opened.</source>
        <translation>此应答不属于 marketdesk 正在等待的登录（其 state 缺失或不同），已被忽略。如果您正在登录，请在 marketdesk 打开的浏览器标签页中完成。</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+17"/>
        <source>marketdesk: sign-in failed</source>
        <translation>marketdesk：登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not complete: %1 You can close this tab and try again in marketdesk.</source>
        <translation>登录未完成：%1 您可以关闭此标签页并在 marketdesk 中重试。</translation>
    </message>
    <message>
        <location filename="../app/core/identity/callback_request.cpp" line="+54"/>
        <source>The answer from the browser is malformed (%1).</source>
        <translation>浏览器返回的结果格式错误（%1）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="+36"/>
        <source>marketdesk — %1</source>
        <translation>marketdesk — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export audit &amp;journal…</source>
        <translation>导出审计日志(&amp;J)…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About marketdesk</source>
        <translation>关于 marketdesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>seller</source>
        <translation>商家</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About marketdesk</source>
        <translation>关于 marketdesk</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&lt;b&gt;marketdesk %1&lt;/b&gt;&lt;p&gt;A desktop console for Huawei Cloud KooGallery sellers and enterprise administrators.&lt;/p&gt;</source>
        <translation>&lt;b&gt;marketdesk %1&lt;/b&gt;&lt;p&gt;面向华为云云商店商家和企业管理员的桌面控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch account…</source>
        <translation>切换账号(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove this account…</source>
        <translation>删除此账号(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sections</source>
        <translation>功能区</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+110"/>
        <source>Only administrators can make changes; you are signed in as a member.</source>
        <translation>只有管理员可以进行更改；您当前以普通成员身份登录。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member (read only)</source>
        <translation>成员（只读）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are signed out: %1 Changes you make wait in the outbox and are sent once you sign in again.</source>
        <translation>您已退出登录：%1 您所做的变更会在发件箱中等待，重新登录后发送。</translation>
    </message>
</context>
<context>
    <name>MemberDetailsPane</name>
    <message>
        <location filename="../ui/org/member_details_pane.cpp" line="+31"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No member selected</source>
        <translation>未选择成员</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members selected</source>
        <translation>
            <numerusform>已选 %n 名成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../ui/org/member_dialog.cpp" line="+25"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit member %1</source>
        <translation>编辑成员 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../app/core/org/member_import.cpp" line="+66"/>
        <source>A user name is required.</source>
        <translation>必须填写用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use letters, digits and . _ @ - only (at most 128).</source>
        <translation>只能使用字母、数字和 . _ @ -（最多 128 个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 64 characters.</source>
        <translation>最多 64 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email or a mobile number is required.</source>
        <translation>必须填写邮箱或手机号码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是电子邮箱地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a mobile number (digits, optionally +, 5–20).</source>
        <translation>“%1”不是手机号码（数字，可带 +，5–20 位）。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The file has no rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>no userName in this row</source>
        <translation>此行没有用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid userName</source>
        <translation>“%1”不是有效的用户名</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>&quot;%1&quot; appears more than once</source>
        <translation>“%1”出现了不止一次</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>the header has no &quot;%1&quot; column (expected userName,name,email,mobile,orgCode[,role])</source>
        <translation>表头中没有“%1”列（应为 userName,name,email,mobile,orgCode[,role]）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role must be &quot;admin&quot; or &quot;user&quot;, not &quot;%1&quot;</source>
        <translation>角色必须是“admin”或“user”，而不是“%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>department &quot;%1&quot; does not exist</source>
        <translation>部门“%1”不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>will be added to %1</source>
        <translation>将添加到 %1</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../models/org/member_table_model.cpp" line="+219"/>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/core/identity/memory_secret_store.cpp" line="+7"/>
        <source>memory only (forgotten when marketdesk closes)</source>
        <translation>仅内存（marketdesk 关闭后即遗忘）</translation>
    </message>
</context>
<context>
    <name>NonceCache</name>
    <message>
        <location filename="../app/core/seller/nonce_cache.cpp" line="+21"/>
        <source>no nonce was given</source>
        <translation>未提供 nonce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the nonce is longer than 256 bytes</source>
        <translation>nonce 超过 256 字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this nonce was used %1 s ago: a replayed request</source>
        <translation>该 nonce 已在 %1 秒前使用过：这是重放的请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many requests: %1 nonces of the last %2 s are remembered already</source>
        <translation>请求过多：已记住最近 %2 秒内的 %1 个 nonce</translation>
    </message>
</context>
<context>
    <name>OAuthEndpoints</name>
    <message>
        <location filename="../app/core/identity/oauth_endpoints.cpp" line="+83"/>
        <source>the provider configuration has no &quot;%1&quot; URL</source>
        <translation>提供方配置中没有“%1”地址</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the provider does not support PKCE with S256, which marketdesk requires</source>
        <translation>提供方不支持 marketdesk 要求的 S256 PKCE</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 endpoint: %2</source>
        <translation>%1 端点：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout endpoint: %1</source>
        <translation>退出登录端点：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no client ID is set</source>
        <translation>未设置客户端 ID</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>its issuer is &quot;%1&quot;, not this server (%2)</source>
        <translation>其签发方（issuer）为“%1”，而不是此服务器（%2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>its &quot;%1&quot; (%2) is not on this server (%3)</source>
        <translation>其“%1”（%2）不在此服务器（%3）上</translation>
    </message>
</context>
<context>
    <name>OperationResultsModel</name>
    <message>
        <location filename="../models/common/operation_results_model.cpp" line="+78"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../models/licenses/order_table_model.cpp" line="+44"/>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License product</source>
        <translation>License 商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In service</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period over</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a License product.</source>
        <translation>不是 License 商品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order&apos;s period is over (%1): a License can only be applied for within it.</source>
        <translation>订单已过有效期（%1）：只能在有效期内申请 License。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order&apos;s quota is used up: %1 of %2 License(s) issued.</source>
        <translation>订单配额已用完：已签发 %1 / %2 个 License。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 issued</source>
        <translation>已签发 %1 / %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order, instance</source>
        <translation>订单、实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period ends</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses</source>
        <translation>License</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../ui/licenses/orders_page.cpp" line="+47"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export orders…</source>
        <translation>导出订单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search products, sellers, orders and instances (Ctrl+F)</source>
        <translation>搜索商品、服务商、订单和实例（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+54"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 / %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an order to see its resource.</source>
        <translation>选择一个订单查看其资源。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 (%2, %3), %4 %5, created %6</source>
        <translation>订单 %1（%2，%3），%4 %5，创建于 %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance %1: %2, %3 to %4</source>
        <translation>实例 %1：%2，%3 至 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>License product: %1 of %2 License(s) issued, as %3.</source>
        <translation>License 商品：已签发 %1 / %2 个 License，形式为%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>characters</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Front end: %1</source>
        <translation>前台地址：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration: %1</source>
        <translation>管理地址：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: %1 (masked by the server)</source>
        <translation>用户名：%1（已由服务器脱敏）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: given by the seller; not shown here — the seller&apos;s notice has it.</source>
        <translation>密码：服务商已提供；此处不显示 — 请查看服务商的通知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: none given.</source>
        <translation>密码：未提供。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller&apos;s note: %1</source>
        <translation>服务商备注：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller has not given the instance&apos;s access details yet.</source>
        <translation>服务商尚未提供该实例的访问信息。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>OrgActions</name>
    <message>
        <location filename="../ui/org/org_actions.cpp" line="+16"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sync</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edi&amp;t member…</source>
        <translation>编辑成员(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add de&amp;partment…</source>
        <translation>添加部门(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit department…</source>
        <translation>编辑部门…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy user names</source>
        <translation>复制用户名(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OrgBatchOperations</name>
    <message numerus="yes">
        <location filename="../ui/org/org_batch_operations.cpp" line="+35"/>
        <source>Done: %n member(s) changed.</source>
        <translation>
            <numerusform>完成：已变更 %n 个成员。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
</context>
<context>
    <name>OrgChange</name>
    <message>
        <location filename="../app/core/org/org_change.cpp" line="+95"/>
        <source>%1 was changed at the server, but the local copy could not be updated: %2. The next sync brings it up to date.</source>
        <translation>%1 已在服务器上变更，但无法更新本地副本：%2。下次同步时会更新。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was changed by someone else meanwhile. Their version is now shown; make your change again on top of it.</source>
        <translation>%1 在此期间已被他人修改。现在显示的是对方的版本，请在此基础上重新修改。</translation>
    </message>
</context>
<context>
    <name>OrgJson</name>
    <message>
        <location filename="../app/core/org/org_json.cpp" line="+16"/>
        <source>%1.%2: missing</source>
        <translation>%1.%2：缺失</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.%2: expected a string</source>
        <translation>%1.%2：应为字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.%2: must not be empty</source>
        <translation>%1.%2：不能为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2: longer than %3 characters</source>
        <translation>%1.%2：超过 %3 个字符</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.version: expected a whole number ≥ 0</source>
        <translation>%1.version：应为 ≥ 0 的整数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>items: expected an array</source>
        <translation>items：应为数组</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deleted: expected an array</source>
        <translation>deleted：应为数组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted[%1]: expected a non-empty string</source>
        <translation>deleted[%1]：应为非空字符串</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+16"/>
        <location line="+53"/>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1.role: expected &quot;admin&quot; or &quot;user&quot;, got &quot;%2&quot;</source>
        <translation>%1.role：应为“admin”或“user”，实际为“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.enabled: expected true or false</source>
        <translation>%1.enabled：应为 true 或 false</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>results: expected an array</source>
        <translation>results：应为数组</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../ui/org/org_page.cpp" line="+72"/>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search name, user name, email or mobile (Ctrl+F)</source>
        <translation>搜索姓名、用户名、邮箱或手机（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches the whole enterprise, whichever department is selected.</source>
        <translation>在整个企业中搜索，与所选部门无关。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The local data of this account could not be opened: %1</source>
        <translation>无法打开此账号的本地数据：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes are waiting to be sent: %1 They go out when the server answers.</source>
        <translation>变更正在等待发送：%1 服务器恢复响应后将自动发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>marketdesk</source>
        <translation>marketdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer could not be saved here: %1 The change is kept and saved again shortly.</source>
        <translation>无法在本地保存服务器的应答：%1 变更已保留，稍后会再次保存。</translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>显示 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in total</source>
        <translation>
            <numerusform>共 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&quot;%1&quot; still has %2 and %3. Move or delete them first.</source>
        <translation>“%1”下仍有%2和%3。请先移走或删除它们。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sub-department(s)</source>
        <translation>
            <numerusform>%n 个子部门</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the department &quot;%1&quot; (%2)?</source>
        <translation>删除部门“%1”（%2）？</translation>
    </message>
</context>
<context>
    <name>OrgService</name>
    <message numerus="yes">
        <location filename="../app/core/org/org_service.cpp" line="+313"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>operation %1, %n row(s)</source>
        <translation>
            <numerusform>操作 %1，%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n result(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条结果保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="-294"/>
        <source>The local copy of the organisation was damaged (%1). It was set aside as %2 and is being rebuilt from the server.</source>
        <translation>组织架构的本地副本已损坏（%1）。已将其另存为 %2，正在从服务器重建。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The local copy of the organisation was written by a newer marketdesk (%1). It was set aside as %2 and is being rebuilt from the server.</source>
        <translation>组织的本地副本由较新版本的 marketdesk 写入（%1）。已将其另存为 %2，正在从服务器重建。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The answer could not be saved here (%1). The change is kept, and its answer is saved again shortly.</source>
        <translation>服务器的应答无法在本地保存（%1）。变更已保留，应答稍后会再次保存。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The audit journal&apos;s anchor could not be read (%1); it is not updated in this session.</source>
        <translation>无法读取审计日志的锚点（%1）；本次会话中不更新锚点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit journal&apos;s anchor is damaged (%1); it is left as it is.</source>
        <translation>审计日志的锚点已损坏（%1）；保持原样不动。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The audit journal does not match what was recorded outside it: %1. The record is kept as it was; export the journal and look into it (marketdesk-cli audit verify).</source>
        <translation>审计日志与在其外部记下的不符：%1。该记录保持原样；请导出日志并查明原因（marketdesk-cli audit verify）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+111"/>
        <source>The local data is not open.</source>
        <translation>本地数据未打开。</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Nothing was sent: the change could not be recorded first. %1</source>
        <translation>未发送任何内容：变更未能先行记录。%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Operation %1 has no failed member to retry.</source>
        <translation>操作 %1 没有可重试的失败成员。</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Exported %n audit row(s) to %1, with its manifest %2.</source>
        <translation>
            <numerusform>已将 %n 行审计记录导出到 %1，清单为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+16"/>
        <source>A change to %1 sent after the server came back was refused: %2</source>
        <translation>服务器恢复后发送的对 %1 的更改被拒绝：%2</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>The server cannot be reached now; the change is kept and sent when it answers.</source>
        <translation>目前无法连接服务器；更改已保留，将在服务器应答时发送。</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Cancelled: the account was closed.</source>
        <translation>已取消：账号已关闭。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/core/storage/outbox.cpp" line="+37"/>
        <location line="+63"/>
        <location line="+103"/>
        <source>outbox write failed: %1</source>
        <translation>写入发件箱失败：%1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Nothing was chosen.</source>
        <translation>未选择任何对象。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The server&apos;s answer did not mention this target.</source>
        <translation>服务器的应答中没有提到此对象。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../app/core/common/private_files.cpp" line="+26"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <location filename="../app/core/seller/private_key_file.cpp" line="+113"/>
        <source>there is no private key to write</source>
        <translation>没有可写入的私钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passphrase is needed to encrypt the private key</source>
        <translation>加密私钥需要口令</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OpenSSL could not encrypt the private key: %1</source>
        <translation>OpenSSL 无法加密私钥：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no file was named for the private key</source>
        <translation>未指定私钥文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create a file in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>no file was named</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; it is never overwritten</source>
        <translation>%1 已存在；从不覆盖</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot put the file at %1: %2</source>
        <translation>无法将文件放到 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PEM block is damaged or cut short (%1)</source>
        <translation>PEM 块已损坏或被截断（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no PEM block (-----BEGIN …-----) in it</source>
        <translation>其中没有 PEM 块（-----BEGIN …-----）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>the private key is encrypted: its passphrase is needed</source>
        <translation>私钥已加密：需要其口令</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the encrypted private key is damaged</source>
        <translation>加密的私钥已损坏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the encrypted private key asks for %1 rounds of key derivation, more than the %2 marketdesk allows (opening it would take minutes or longer); re-encrypt it with fewer</source>
        <translation>加密的私钥要求 %1 轮密钥派生，超过 marketdesk 允许的 %2 轮（打开它可能要几分钟甚至更久）；请用更少的轮数重新加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many</source>
        <translation>过多</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>the passphrase is wrong (or the key file is damaged)</source>
        <translation>口令错误（或密钥文件已损坏）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>OpenSSL could not read the private key: %1</source>
        <translation>OpenSSL 无法读取私钥：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a public key; the private key is needed</source>
        <translation>这是公钥；此处需要私钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PEM block holds a %1, not a private key</source>
        <translation>PEM 块中是 %1，不是私钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key is damaged (%1)</source>
        <translation>私钥已损坏（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is an %1 private key; KooGallery uses RSA</source>
        <translation>这是 %1 私钥；云商店使用 RSA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 1 MB; it is not a key file</source>
        <translation>%1 大于 1 MB；不是密钥文件</translation>
    </message>
</context>
<context>
    <name>PublicKeyCheck</name>
    <message>
        <location filename="../app/core/seller/public_key_check.cpp" line="+46"/>
        <location line="+31"/>
        <source>this is Base64, but not a key</source>
        <translation>这是 Base64，但不是密钥</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the key is cut short: its DER structure announces more bytes than there are</source>
        <translation>密钥被截断：其 DER 结构声明的字节数多于实际字节数</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>this is a private key: never paste or upload it; give the public key</source>
        <translation>这是私钥：切勿粘贴或上传私钥；请提供公钥</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+38"/>
        <source>this is a certificate, not a public key</source>
        <translation>这是证书，不是公钥</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>there are %1 stray bytes after the key</source>
        <translation>密钥之后多出 %1 个字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is an %1 key; KooGallery needs an RSA key</source>
        <translation>这是 %1 密钥；云商店需要 RSA 密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this RSA key has %1 bits; KooGallery needs at least %2</source>
        <translation>该 RSA 密钥为 %1 位；云商店要求至少 %2 位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no key was given</source>
        <translation>未提供密钥</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the BEGIN line is malformed</source>
        <translation>BEGIN 行格式不正确</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PEM block has no &quot;%1&quot; line: it is cut short</source>
        <translation>PEM 块缺少“%1”行：已被截断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PEM block holds a %1, not a public key</source>
        <translation>PEM 块中是 %1，不是公钥</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this is not Base64: an unexpected character at position %1</source>
        <translation>这不是 Base64：第 %1 个字符不应出现</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not Base64: &quot;=&quot; is padding and belongs at the end</source>
        <translation>这不是 Base64：“=”是填充符，只能出现在末尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Base64 text stops inside a group of four characters: the key is cut short or damaged</source>
        <translation>Base64 文本在四字符组中间结束：密钥被截断或已损坏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not Base64 (its padding is wrong)</source>
        <translation>这不是 Base64（填充不正确）</translation>
    </message>
</context>
<context>
    <name>PublicKeyField</name>
    <message>
        <location filename="../ui/seller/public_key_field.cpp" line="+31"/>
        <source>Paste the RSA public key (PEM or Base64, at least 3072 bits)</source>
        <translation>粘贴 RSA 公钥（PEM 或 Base64，至少 3072 位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA public key</source>
        <translation>RSA 公钥</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load from file…</source>
        <translation>从文件加载(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate key &amp;pair…</source>
        <translation>生成密钥对(&amp;P)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>RSA %1 bits: accepted.</source>
        <translation>RSA %1 位：可以使用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load a public key</source>
        <translation>加载公钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.pub *.txt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.pub *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 太大，不可能是公钥。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/view_settings.cpp" line="+24"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Language of marketdesk:</source>
        <translation>marketdesk 的语言：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language applies the next time marketdesk starts.</source>
        <translation>新的语言将在下次启动 marketdesk 时生效。</translation>
    </message>
</context>
<context>
    <name>ReclaimList</name>
    <message>
        <location filename="../app/core/apps/reclaim_list.cpp" line="+51"/>
        <source>deleted at the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never used</source>
        <translation>从未使用</translation>
    </message>
</context>
<context>
    <name>ReclaimListModel</name>
    <message>
        <location filename="../models/apps/reclaim_list_model.cpp" line="+74"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it can go back</source>
        <translation>可回收原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat given</source>
        <translation>席位分配时间</translation>
    </message>
</context>
<context>
    <name>ReferenceRowCheck</name>
    <message>
        <location filename="../app/core/seller/debugger/reference_row_check.cpp" line="+29"/>
        <source>repeated Kit adds create no new rows (reference server only)</source>
        <translation>重复的 Kit 新增不产生新行（仅限参考服务器）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not visible through the protocol: a Kit answer carries only a code, so a second row stored for a repeated add cannot be seen from outside (against marketdesk&apos;s reference server, --reference-state reads its counters)</source>
        <translation>无法通过协议看到：Kit 应答只有结果码，重复新增时多存的一行从外部看不出来（针对 marketdesk 的参考服务器，--reference-state 会读取其计数器）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>marketdesk debugging tenant</source>
        <translation>marketdesk 调试企业</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Research</source>
        <translation>研究部</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debug user %1</source>
        <translation>调试用户 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>read the reference server&apos;s row counters</source>
        <translation>读取参考服务器的行计数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GET /_reference/state has no kitRows.total: not marketdesk&apos;s reference server</source>
        <translation>GET /_reference/state 中没有 kitRows.total：这不是 marketdesk 的参考服务器</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>repeating tenantSync, singleOrgSync and authSync adds changed the server&apos;s Kit rows from %1 to %2: a repeated add must create nothing (§4.0)</source>
        <translation>重复 tenantSync、singleOrgSync 和 authSync 新增后，服务器的 Kit 行数从 %1 变为 %2：重复新增不得产生任何数据（§4.0）</translation>
    </message>
</context>
<context>
    <name>RsaKey</name>
    <message>
        <location filename="../app/core/seller/rsa_key.cpp" line="+12"/>
        <source>an RSA key for KooGallery has 3072 or 4096 bits, not %1</source>
        <translation>用于云商店的 RSA 密钥应为 3072 或 4096 位，不能是 %1 位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenSSL could not generate an RSA key: %1</source>
        <translation>OpenSSL 无法生成 RSA 密钥：%1</translation>
    </message>
</context>
<context>
    <name>SeatForecaster</name>
    <message>
        <location filename="../app/core/apps/seat_forecast.cpp" line="+72"/>
        <source>At the current trend (%1 seats a day), seats run out on %2.</source>
        <translation>按当前趋势（每天 %1 个席位），席位将在 %2 用完。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every seat is in use.</source>
        <translation>所有席位都已占用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat use is not growing; no run-out date.</source>
        <translation>席位使用没有增长，不会用完。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough history for a trend.</source>
        <translation>历史数据不足，无法推算趋势。</translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message>
        <location filename="../ui/seller/secret_reveal_dialog.cpp" line="+21"/>
        <source>Shown once: %1</source>
        <translation>仅显示一次：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the only time the secret is shown. Store it now: marketdesk keeps no copy, and the server shows it only once.</source>
        <translation>密钥只在此显示这一次。请立即保存：marketdesk 不保留副本，服务器也只显示一次。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+70"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copies the secret; the clipboard is cleared %n second(s) later.</source>
        <translation>
            <numerusform>复制密钥；剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The clipboard was cleared.</source>
        <translation>剪贴板已清空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard holds something else now.</source>
        <translation>剪贴板中现在是其他内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have stored it</source>
        <translation>我已保存</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret was neither copied nor shown. It cannot be shown again; close anyway?</source>
        <translation>密钥既未复制也未显示，之后无法再次显示。仍要关闭吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已复制。剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityScenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/security_scenarios.cpp" line="+27"/>
        <source>a Kit call with a wrong signature is refused</source>
        <translation>签名错误的 Kit 调用被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a basic call with a wrong signature is refused</source>
        <translation>签名错误的基础接口调用被拒绝</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a signature that does not verify is refused</source>
        <translation>%1：无法验证的签名被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V1 defines no freshness window and no nonce (§3.1); only its authToken is checked</source>
        <translation>V1 没有定义时间窗口和 nonce（§3.1）；只校验其 authToken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a call with an old timestamp is refused</source>
        <translation>时间戳过旧的调用被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a replayed call (same nonce) is refused</source>
        <translation>重放的调用（相同 nonce）被拒绝</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Kit call with a timestamp 10 minutes old is refused</source>
        <translation>时间戳为 10 分钟前的 Kit 调用被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a basic call with a timestamp 10 minutes old is refused</source>
        <translation>时间戳为 10 分钟前的基础接口调用被拒绝</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a timestamp more than 60 s from now is refused</source>
        <translation>%1：与当前时间相差超过 60 秒的时间戳被拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send a call to replay</source>
        <translation>发送一次待重放的调用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a correctly signed call was refused with 000001, so a replay cannot be told apart</source>
        <translation>签名正确的调用被以 000001 拒绝，因此无法区分重放</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a replayed Kit call (same nonce) is refused</source>
        <translation>重放的 Kit 调用（相同 nonce）被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a replayed basic call (same nonce) is refused</source>
        <translation>重放的基础接口调用（相同 nonce）被拒绝</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a nonce already used is refused</source>
        <translation>%1：已用过的 nonce 被拒绝</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>answers carry a Body-Sign that verifies and is quoted as specified</source>
        <translation>应答带有可验证、且按规定加引号的 Body-Sign</translation>
    </message>
</context>
<context>
    <name>SellerAddressModel</name>
    <message>
        <location filename="../models/seller/seller_address_model.cpp" line="+35"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation>未就绪：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Production address</source>
        <translation>生产地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic key</source>
        <translation>基础接口密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic debugging</source>
        <translation>基础接口调试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit key</source>
        <translation>Kit 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit debugging</source>
        <translation>Kit 调试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For credentials</source>
        <translation>凭证可用</translation>
    </message>
</context>
<context>
    <name>SellerAddressesPage</name>
    <message>
        <location filename="../ui/seller/seller_addresses_page.cpp" line="+29"/>
        <source>&amp;Add production address…</source>
        <translation>添加生产地址(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind keys…</source>
        <translation>绑定密钥(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run debugging: &amp;basic interfaces</source>
        <translation>运行调试：基础接口(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run debugging: &amp;Kit sync</source>
        <translation>运行调试：Kit 同步(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the basic &amp;key…</source>
        <translation>轮换基础接口密钥(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the Kit k&amp;ey…</source>
        <translation>轮换 Kit 密钥(&amp;E)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Addresses</source>
        <translation>生产地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Debugging runs of the selected address</source>
        <translation>所选地址的调试记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debugging runs at the Seller Center (newest first):</source>
        <translation>卖家中心的调试记录（最新在前）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No production addresses yet: Add production address (Ctrl+N). Make access keys first, one for the basic interfaces and one for Kit sync.</source>
        <translation>还没有生产地址：添加生产地址（Ctrl+N）。请先创建密钥，基础接口一个、Kit 同步一个。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Production addresses</source>
        <translation>生产地址</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Bind keys</source>
        <translation>绑定密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave %1 without a key for the %2? KooGallery&apos;s calls of that kind will not verify until a key is bound again.</source>
        <translation>让 %1 的%2不绑定密钥吗？在重新绑定密钥之前，云商店的此类调用将无法通过验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basic interfaces</source>
        <translation>基础接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit interfaces</source>
        <translation>Kit 接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The Seller Center is debugging %1 (%2)…</source>
        <translation>卖家中心正在调试 %1（%2）…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Debugging of %1 (%2): %3. %4</source>
        <translation>%1 的调试（%2）：%3。%4</translation>
    </message>
</context>
<context>
    <name>SellerCache</name>
    <message>
        <location filename="../app/core/seller/client/seller_cache.cpp" line="+39"/>
        <source>The seller cache could not be written: %1</source>
        <translation>无法写入卖家缓存：%1</translation>
    </message>
</context>
<context>
    <name>SellerCenterCli</name>
    <message>
        <location filename="../app/cli/seller_center_cli.cpp" line="+40"/>
        <source>unknown command &quot;seller %1&quot;; see --help</source>
        <translation>未知命令“seller %1”；请参阅 --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by seller %2</source>
        <translation>seller %2 不使用 --%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller %1 needs %2</source>
        <translation>seller %1 需要 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seller addresses bind needs --basic-key KEY_ID, --kit-key KEY_ID or both (&quot;&quot; unbinds)</source>
        <translation>seller addresses bind 需要 --basic-key KEY_ID、--kit-key KEY_ID 或两者（&quot;&quot; 表示解除绑定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--suite: expected basic, kit or all, got &quot;%1&quot;</source>
        <translation>--suite：应为 basic、kit 或 all，实际为“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key runs one suite: add --suite basic or --suite kit</source>
        <translation>--key 只运行一个套件：请加上 --suite basic 或 --suite kit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seller %1 needs --from FILE.json (the credential form)</source>
        <translation>seller %1 需要 --from FILE.json（凭证表单）</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 (going on with the local copy)</source>
        <translation>%1（继续使用本地副本）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1
Showing the local copy (synced %2).</source>
        <translation>%1
显示的是本地副本（同步于 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no credential &quot;%1&quot; in the local copy</source>
        <translation>本地副本中没有凭证“%1”</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The change is kept; the next marketdesk-cli seller command sends it.</source>
        <translation>变更已保留；下一条 marketdesk-cli seller 命令会发送它。</translation>
    </message>
    <message>
        <location filename="../app/cli/seller_center_options.cpp" line="+13"/>
        <source>seller keys create, rotate-key, credentials apply|test-account: write the secret the server shows once to FILE, a new 0600 file (never overwritten).</source>
        <translation>seller keys create、rotate-key、credentials apply|test-account：将服务器只显示一次的密钥写入 FILE，一个新建的 0600 文件（绝不覆盖）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller keys create, rotate-key, credentials apply|test-account: print the secret on standard output instead.</source>
        <translation>seller keys create、rotate-key、credentials apply|test-account：改为在标准输出上打印密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller … list|show: the local copy, without asking the server.</source>
        <translation>seller … list|show：使用本地副本，不询问服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller keys create: the key&apos;s name.</source>
        <translation>seller keys create：密钥的名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller addresses add|bind: the key for the basic interfaces (bind: &quot;&quot; unbinds, absent keeps it).</source>
        <translation>seller addresses add|bind：基础接口使用的密钥（bind 时 &quot;&quot; 表示解除绑定，省略则保持不变）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller addresses add|bind: the key for the Kit interfaces (bind: &quot;&quot; unbinds, absent keeps it).</source>
        <translation>seller addresses add|bind：Kit 接口使用的密钥（bind 时 &quot;&quot; 表示解除绑定，省略则保持不变）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller addresses debug: run with this key instead of the bound one (before switching to it).</source>
        <translation>seller addresses debug：用此密钥代替已绑定的密钥运行（在切换到它之前）。</translation>
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
        <translation>卖家中心（卖家账号；退出码与其他账号命令相同）：
  seller keys list [--json] [--offline]        访问密钥（密钥值已遮盖）
  seller keys create [--name N] --secret-out FILE|--print-secret
  seller keys delete KEY_ID
  seller addresses list [--json] [--offline]   生产地址及调试状态
  seller addresses add URL [--basic-key K] [--kit-key K]
  seller addresses bind ADDRESS_ID [--basic-key K] [--kit-key K]
  seller addresses debug ADDRESS_ID [--suite basic|kit|all] [--key K]
  seller credentials list [--json] [--offline]
  seller credentials show APP_ID [--json] [--offline]
  seller credentials apply --from FILE.json --secret-out FILE|--print-secret
  seller credentials edit APP_ID --from FILE.json   （FILE 可以是 show --json 的输出；
                                           其中的版本即读取时的版本）
  seller credentials test-account APP_ID --secret-out FILE|--print-secret
  （密钥只显示一次：写入 --secret-out 文件，绝不写入日志）</translation>
    </message>
</context>
<context>
    <name>SellerCenterView</name>
    <message numerus="yes">
        <location filename="../app/cli/seller_center_view.cpp" line="+39"/>
        <source>%n key(s).</source>
        <translation>
            <numerusform>%n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation>未就绪：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n production address(es).</source>
        <translation>
            <numerusform>%n 个生产地址。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listed</source>
        <translation>已上架</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not listed</source>
        <translation>未上架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test account %1</source>
        <translation>测试账号 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no test account</source>
        <translation>无测试账号</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n credential(s).</source>
        <translation>
            <numerusform>%n 个凭证。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Debugging run %1 (%2 suite, key %3): %4, %5 of %6 checks passed. %7</source>
        <translation>调试运行 %1（%2 套件，密钥 %3）：%4，%6 项检查中通过 %5 项。%7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent before an interruption and answered now: </source>
        <translation>中断前已发送、现在才得到应答：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2: done.</source>
        <translation>%1 %2：完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test account: domain %1, tenantId %2, account %3 (its password is shown once, where --secret-out or --print-secret said).</source>
        <translation>测试账号：域名 %1，租户 ID %2，账号 %3（其密码只显示一次，位置由 --secret-out 或 --print-secret 指定）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2: %3 (%4). The record as it is now:</source>
        <translation>%1 %2：%3（%4）。记录的当前内容：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the change again on top of it (e.g. seller credentials show %1 --json).</source>
        <translation>请在其基础上重新修改（例如 seller credentials show %1 --json）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 was refused (%3): %4</source>
        <translation>%1 %2 被拒绝（%3）：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field: %1</source>
        <translation>字段：%1</translation>
    </message>
</context>
<context>
    <name>SellerChange</name>
    <message>
        <location filename="../app/core/seller/client/seller_change.cpp" line="+147"/>
        <source>%1 was changed at the server, but the local copy could not be updated: %2. The next sync brings it up to date.</source>
        <translation>%1 已在服务器上变更，但无法更新本地副本：%2。下次同步时会更新。</translation>
    </message>
</context>
<context>
    <name>SellerCredentialModel</name>
    <message>
        <location filename="../models/seller/seller_credential_model.cpp" line="+69"/>
        <source>listed</source>
        <translation>已上架</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not listed</source>
        <translation>未上架</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>App ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production address</source>
        <translation>生产地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login address type</source>
        <translation>登录地址类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login address</source>
        <translation>登录地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test account</source>
        <translation>测试账号</translation>
    </message>
</context>
<context>
    <name>SellerCredentialsPage</name>
    <message>
        <location filename="../ui/seller/seller_credentials_page.cpp" line="+22"/>
        <source>&amp;Apply for a credential…</source>
        <translation>申请凭证(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit credential…</source>
        <translation>编辑凭证(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a &amp;test account</source>
        <translation>申请测试账号(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy app ID</source>
        <translation>复制应用 ID(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Credentials</source>
        <translation>应用凭证(&amp;C)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credentials yet: Apply for a credential (Ctrl+N). It needs a production address that passed debugging.</source>
        <translation>还没有应用凭证：申请凭证（Ctrl+N）。需要一个已通过调试的生产地址。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credentials</source>
        <translation>应用凭证</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Credential for %1 saved.</source>
        <translation>%1 的凭证已保存。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Request a test account</source>
        <translation>申请测试账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a test account already. Request a new one? The password of the new one is shown once.</source>
        <translation>%1 已有测试账号。要申请新的吗？新账号的密码只显示一次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test account for %1 ready; its password is shown once.</source>
        <translation>%1 的测试账号已就绪；其密码只显示一次。</translation>
    </message>
</context>
<context>
    <name>SellerDebug</name>
    <message>
        <location filename="../app/cli/seller_debug.cpp" line="+77"/>
        <source>--login-listen: expected an IP address and a port such as 127.0.0.1:8765, 0.0.0.0:8765 or [::1]:0, got &quot;%1&quot;</source>
        <translation>--login-listen：应为 IP 地址和端口，例如 127.0.0.1:8765、0.0.0.0:8765 或 [::1]:0，实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--app-id: at most 64 characters (§4.2)</source>
        <translation>--app-id：最多 64 个字符（§4.2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--login-url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--login-url：“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--suite login needs --public-key: applicationSync delivers the client_secret encrypted with it (§3.6)</source>
        <translation>--suite login 需要 --public-key：applicationSync 下发的 client_secret 用它加密（§3.6）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--suite: expected basic, kit, license, login or all, got &quot;%1&quot;</source>
        <translation>--suite：应为 basic、kit、license、login 或 all，实际为“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--mode: expected v1 or v2, got &quot;%1&quot;</source>
        <translation>--mode：应为 v1 或 v2，实际为“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--address: &quot;%1&quot; is not an http(s) URL such as https://saas.example.com/isv/produce</source>
        <translation>--address：“%1”不是 http(s) URL，例如 https://saas.example.com/isv/produce</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--basic-key-file and --kit-key-file hold the same key; KooGallery binds the basic and the Kit interfaces to different keys (§3.1)</source>
        <translation>--basic-key-file 和 --kit-key-file 是同一个密钥；云商店要求基础接口和 Kit 接口绑定不同的密钥（§3.1）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--report: %1 must end in .html or .json</source>
        <translation>--report：%1 必须以 .html 或 .json 结尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--report: the folder of %1 does not exist</source>
        <translation>--report：%1 所在的文件夹不存在</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 passed, %2 failed, %3 skipped of %4 checks in %5 ms (%6, %7, run %8)</source>
        <translation>%4 项检查中 %1 项通过、%2 项失败、%3 项跳过，用时 %5 毫秒（%6，%7，运行 %8）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check of this suite could run against %1; nothing was shown to work.</source>
        <translation>此套件的检查都无法针对 %1 运行；没有任何一项得到验证。</translation>
    </message>
</context>
<context>
    <name>SellerDebugDesk</name>
    <message>
        <location filename="../app/core/seller/client/seller_debug_desk.cpp" line="+43"/>
        <source>Another debugging run is in progress; wait for it or cancel it.</source>
        <translation>另一次调试正在进行；请等待其结束或取消它。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The run is not in the audit journal: %1</source>
        <translation>本次调试未写入审计日志：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The run has not finished yet.</source>
        <translation>调试尚未结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no debugging run to export.</source>
        <translation>没有可导出的调试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report was saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>SellerDebuggerPage</name>
    <message>
        <location filename="../ui/seller/seller_debugger_page.cpp" line="+62"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Debugger</source>
        <translation>调试(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run debugging</source>
        <translation>运行调试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel run</source>
        <translation>取消调试(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report as &amp;HTML…</source>
        <translation>导出 HTML 报告(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report as &amp;JSON…</source>
        <translation>导出 JSON 报告(&amp;J)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Production address</source>
        <translation>生产地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Production address:</source>
        <translation>生产地址(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V2 (signature headers, JSON)</source>
        <translation>V2（签名请求头，JSON）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1 (authToken, AES fields)</source>
        <translation>V1（authToken，AES 字段）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-256 (encryptType 1)</source>
        <translation>AES-256（encryptType 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-128 (encryptType 2)</source>
        <translation>AES-128（encryptType 2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Suite:</source>
        <translation>测试套件(&amp;S)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the secret of the key bound for the basic interfaces</source>
        <translation>基础接口所绑定密钥的密文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secret of the key bound for Kit sync</source>
        <translation>Kit 同步所绑定密钥的密文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic interfaces key</source>
        <translation>基础接口密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit sync key</source>
        <translation>Kit 同步密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basic key:</source>
        <translation>基础接口密钥(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kit key:</source>
        <translation>Kit 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key for clientSecret</source>
        <translation>用于 clientSecret 的公钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key &amp;from:</source>
        <translation>公钥来源(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the credential&apos;s callback address, for the unified login (optional in All)</source>
        <translation>凭证的回调地址，用于统一登录（“全部”中可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback address</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call&amp;back address:</source>
        <translation>回调地址(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys stay in this window&apos;s memory for this session and are never saved. Calls carry testFlag=1.</source>
        <translation>密钥只在本次会话中保存在此窗口的内存里，从不写入磁盘。调用均带 testFlag=1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All checks</source>
        <translation>全部检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show checks</source>
        <translation>显示检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by check, rule, code or reason</source>
        <translation>按检查项、规则、结果码或原因筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter checks</source>
        <translation>筛选检查项</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request and answer of the selected check</source>
        <translation>所选检查项的请求与应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a check to see its request and answer.</source>
        <translation>选择一个检查项以查看其请求与应答。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+293"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Integration debugger</source>
        <translation>应用接入调试</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>none (skip the clientSecret checks)</source>
        <translation>无（跳过 clientSecret 检查）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credential %1 (%2)</source>
        <translation>凭证 %1（%2）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The credential&apos;s public key cannot be used: %1</source>
        <translation>该凭证的公钥无法使用：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose or type the production address to debug.</source>
        <translation>请选择或输入要调试的生产地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login suite needs the credential&apos;s callback address.</source>
        <translation>统一登录测试需要凭证的回调地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login suite sends the client secret encrypted with the credential&apos;s public key: choose the credential.</source>
        <translation>统一登录测试会用凭证的公钥加密 client secret 后发送：请选择凭证。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Running against %1…</source>
        <translation>正在调试 %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2 passed, %3 failed, %4 skipped of %5 checks in %6 ms (run %7).</source>
        <translation>%1：%5 项检查中 %2 项通过、%3 项未通过、%4 项跳过，用时 %6 毫秒（调试 %7）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The run could not start: %1</source>
        <translation>调试无法开始：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integration debugging run finished</source>
        <translation>集成调试运行已结束</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2, %3)
%4: %5
</source>
        <translation>%1（%2，%3）
%4：%5
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: HTTP %1 in %2 ms, result code %3</source>
        <translation>应答：HTTP %1，用时 %2 毫秒，结果码 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>SellerExecutor</name>
    <message>
        <location filename="../app/core/seller/client/seller_executor.cpp" line="+64"/>
        <source>This program does not know the action &quot;%1&quot;; nothing was sent.</source>
        <translation>本程序不认识操作“%1”；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>SellerFormFile</name>
    <message>
        <location filename="../app/cli/seller_form_file.cpp" line="+14"/>
        <source>--from: cannot read %1: %2</source>
        <translation>--from：无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from: %1 is not JSON: %2 at byte %3</source>
        <translation>--from：%1 不是 JSON：第 %3 字节处%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from: %1 must hold one JSON object (the form)</source>
        <translation>--from：%1 必须包含一个 JSON 对象（表单）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from: %1: %2</source>
        <translation>--from：%1：%2</translation>
    </message>
</context>
<context>
    <name>SellerInputs</name>
    <message>
        <location filename="../app/cli/seller_inputs.cpp" line="+25"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1：%2 大于 %3 字节</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 is empty; it holds the accessKey</source>
        <translation>%1：%2 为空；它应包含 accessKey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 has more than one line; it holds the accessKey alone</source>
        <translation>%1：%2 多于一行；它应只包含 accessKey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 holds control characters</source>
        <translation>%1：%2 包含控制字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 starts or ends with a space, which would become part of the key</source>
        <translation>%1：%2 以空格开头或结尾，空格会成为密钥的一部分</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--passphrase-file: %1 is empty</source>
        <translation>--passphrase-file：%1 为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the private key is encrypted with a passphrase: pass --passphrase-file FILE</source>
        <translation>私钥需用口令加密：请使用 --passphrase-file FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the private key is encrypted: pass --passphrase-file FILE</source>
        <translation>私钥已加密：请使用 --passphrase-file FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase for the private key: </source>
        <translation>私钥的口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no passphrase was given</source>
        <translation>未输入口令</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same passphrase again: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases differ</source>
        <translation>两次输入的口令不一致</translation>
    </message>
</context>
<context>
    <name>SellerKeyModel</name>
    <message>
        <location filename="../models/seller/seller_key_model.cpp" line="+20"/>
        <source>%1 (basic)</source>
        <translation>%1（基础接口）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Kit)</source>
        <translation>%1（Kit）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <translation>密文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound to</source>
        <translation>绑定于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>SellerKeyTools</name>
    <message>
        <location filename="../app/cli/seller_key_tools.cpp" line="+60"/>
        <source>the decrypted value is in %1</source>
        <translation>解密后的值已写入 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--iv: expected 16 letters or digits</source>
        <translation>--iv：应为 16 个字母或数字</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>decrypted with OAEP %1</source>
        <translation>已用 OAEP %1 解密</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--bits: expected 3072 or 4096, got &quot;%1&quot;</source>
        <translation>--bits：应为 3072 或 4096，实际为“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out: the private key&apos;s file name is empty</source>
        <translation>--out：私钥文件名为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out: %1 exists already; a private key is never overwritten</source>
        <translation>--out：%1 已存在；私钥从不覆盖</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>wrote the encrypted %1-bit private key to %2; upload the public key printed above</source>
        <translation>已将加密的 %1 位私钥写入 %2；请上传上面打印的公钥</translation>
    </message>
</context>
<context>
    <name>SellerKeysPage</name>
    <message>
        <location filename="../ui/seller/seller_keys_page.cpp" line="+25"/>
        <source>&amp;New access key…</source>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete access key…</source>
        <translation>删除密钥(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy key ID</source>
        <translation>复制密钥 ID(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keys</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access keys yet. A production address needs one key for the basic interfaces and another for Kit sync: New access key (Ctrl+N).</source>
        <translation>还没有密钥。生产地址需要一个基础接口密钥和另一个 Kit 同步密钥：新建密钥（Ctrl+N）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access keys</source>
        <translation>密钥管理</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>New access key</source>
        <translation>新建密钥</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A name that says what the key is for (up to %1 characters), e.g. &quot;basic 2026&quot;:</source>
        <translation>说明密钥用途的名称（最多 %1 个字符），例如“basic 2026”：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>名称有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the access key…</source>
        <translation>正在创建密钥…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access key %1 created; its secret is shown once.</source>
        <translation>密钥 %1 已创建；其密文只显示一次。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <source>Delete access key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (%2) is bound to %3. Bind another key there first (a key rotation does it step by step), then delete this one.</source>
        <translation>%1（%2）已绑定到 %3。请先在那里绑定另一个密钥（密钥轮换会逐步完成），再删除此密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the access key %1 (%2)? A server that still signs with it will be refused by KooGallery. This cannot be undone.</source>
        <translation>删除密钥 %1（%2）吗？仍使用它签名的服务器将被云商店拒绝。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access key %1 (%2) deleted.</source>
        <translation>密钥 %1（%2）已删除。</translation>
    </message>
</context>
<context>
    <name>SellerLabels</name>
    <message>
        <location filename="../models/seller/seller_labels.cpp" line="+6"/>
        <source>no key bound</source>
        <translation>未绑定密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not debugged</source>
        <translation>未调试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared domain</source>
        <translation>共享域名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain per tenant</source>
        <translation>独立域名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basic interfaces</source>
        <translation>基础接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit sync</source>
        <translation>Kit 同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unified login</source>
        <translation>统一登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not run</source>
        <translation>无法运行</translation>
    </message>
</context>
<context>
    <name>SellerRecordJson</name>
    <message>
        <location filename="../app/core/seller/client/seller_record_json.cpp" line="+122"/>
        <location line="+21"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: unknown field (the form has %2)</source>
        <translation>%1：未知字段（表单包含 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an application has no version yet; leave it out</source>
        <translation>申请尚无版本；请省略此项</translation>
    </message>
</context>
<context>
    <name>SellerRotateCli</name>
    <message>
        <location filename="../app/cli/seller_rotate_cli.cpp" line="+24"/>
        <source>seller rotate-key: go on with the rotation kept for the address and suite (after installing the new secret, or to retry a step that failed).</source>
        <translation>seller rotate-key：继续该地址和套件保存的轮换（安装新密钥值之后，或重试失败的步骤）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller rotate-key: give the rotation up before the switch; the new key is deleted.</source>
        <translation>seller rotate-key：在切换之前放弃轮换；新密钥将被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller rotate-key --abandon: keep the new key instead of deleting it.</source>
        <translation>seller rotate-key --abandon：保留新密钥而不删除。</translation>
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
        <translation>密钥轮换（卖家账号）：
  seller rotate-key --address ADDRESS_ID --suite basic|kit
      --secret-out FILE|--print-secret   创建新密钥；在您的服务器上安装其密钥值，
                                         然后：
  seller rotate-key --address ADDRESS_ID --suite basic|kit --continue
                                         用新密钥运行调试器，
                                         切换到新密钥，删除旧密钥
  seller rotate-key --address ADDRESS_ID --suite basic|kit --abandon [--keep-new-key]
  （退出码 3：使用新密钥的调试运行失败；--continue 会重试）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by seller rotate-key</source>
        <translation>seller rotate-key 不使用 --%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seller rotate-key needs --address ADDRESS_ID (see seller addresses list)</source>
        <translation>seller rotate-key 需要 --address ADDRESS_ID（见 seller addresses list）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--suite: expected basic or kit, got &quot;%1&quot;</source>
        <translation>--suite：应为 basic 或 kit，实际为“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--continue and --abandon: choose one</source>
        <translation>--continue 与 --abandon：只能选一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep-new-key goes with --abandon</source>
        <translation>--keep-new-key 需与 --abandon 一起使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new key&apos;s secret goes where the command that started the rotation said; --secret-out and --print-secret start one</source>
        <translation>新密钥的密钥值去向由开始轮换的命令指定；--secret-out 和 --print-secret 用于开始一次轮换</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A rotation of the %1 key of %2 is under way (%3): %4, or --abandon it.</source>
        <translation>%2 的 %1 密钥正在轮换中（%3）：请运行 %4，或用 --abandon 放弃。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no rotation of the %1 key of %2 under way; start one with --secret-out FILE.</source>
        <translation>%2 的 %1 密钥没有进行中的轮换；请用 --secret-out FILE 开始一次轮换。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1/5 created: new key %1 (%2), old key %3</source>
        <translation>1/5 已创建：新密钥 %1（%2），旧密钥 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2/5 installed: confirmed at %1</source>
        <translation>2/5 已安装：于 %1 确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3/5 tested: debugging run %1 with %2: %3, %4 checks passed, %5 failed</source>
        <translation>3/5 已调试：使用 %2 的调试运行 %1：%3，%4 项检查通过，%5 项失败</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4/5 switched: %1 binds %2 for the %3 interfaces (version %4)</source>
        <translation>4/5 已切换：%1 的 %3 接口绑定 %2（版本 %4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5/5 retired: old key %1 deleted</source>
        <translation>5/5 已停用：旧密钥 %1 已删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give it up: marketdesk-cli seller rotate-key --address %1 --suite %2 --abandon</source>
        <translation>请放弃它：marketdesk-cli seller rotate-key --address %1 --suite %2 --abandon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then: %1 (or --abandon before the switch)</source>
        <translation>然后运行：%1（或在切换前用 --abandon 放弃）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
The rotation is kept; %2 picks it up.</source>
        <translation>%1
轮换已保存；%2 会接着进行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>creating a new key for the %1 interfaces of %2…</source>
        <translation>正在为 %2 的 %1 接口创建新密钥…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running the %1 debugging suite against %2 with %3…</source>
        <translation>正在用 %3 对 %2 运行 %1 调试套件…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>switching %1 to %2…</source>
        <translation>正在将 %1 切换到 %2…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting the old key %1…</source>
        <translation>正在删除旧密钥 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new key&apos;s secret could not be kept. Give the rotation up: marketdesk-cli seller rotate-key --address %1 --suite %2 --abandon</source>
        <translation>新密钥的密钥值未能保存。请放弃此轮换：marketdesk-cli seller rotate-key --address %1 --suite %2 --abandon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2/5 install the new secret on your server (for the %1 interfaces), then: %2</source>
        <translation>2/5 请在您的服务器上安装新密钥值（用于 %1 接口），然后运行：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rotation is finished.</source>
        <translation>轮换已完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rotation was given up; the old key %1 stays bound.</source>
        <translation>轮换已放弃；旧密钥 %1 仍保持绑定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rotation was given up: the new key %1 was deleted; the old key %2 stays bound.</source>
        <translation>轮换已放弃：新密钥 %1 已删除；旧密钥 %2 仍保持绑定。</translation>
    </message>
</context>
<context>
    <name>SellerRunModel</name>
    <message>
        <location filename="../models/seller/seller_run_model.cpp" line="+54"/>
        <source>%1 passed, %2 failed</source>
        <translation>%1 项通过，%2 项未通过</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suite</source>
        <translation>套件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SellerSecretSink</name>
    <message>
        <location filename="../app/cli/seller_secret_sink.cpp" line="+24"/>
        <source>--secret-out and --print-secret: choose one</source>
        <translation>--secret-out 与 --print-secret：只能选一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the secret is shown once: name a new file for it with --secret-out FILE (or pass --print-secret to see it on the terminal)</source>
        <translation>密钥只显示一次：请用 --secret-out FILE 为它指定一个新文件（或加 --print-secret 在终端上查看）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--secret-out: %1 exists already; a secret is never written over a file</source>
        <translation>--secret-out：%1 已存在；密钥绝不会覆盖已有文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--secret-out: the folder %1 does not exist</source>
        <translation>--secret-out：文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the secret of key %1</source>
        <translation>密钥 %1 的密钥值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app secret of credential %1</source>
        <translation>凭证 %1 的应用密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password of the test account %1 of credential %2</source>
        <translation>凭证 %2 的测试账号 %1 的密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (answered now to a change sent before an interruption)</source>
        <translation>（中断前发送的变更，现在才得到应答）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 arrived%2 to be printed, but this command&apos;s output is not a terminal; it was not printed. It cannot be shown again: create a new one.</source>
        <translation>%1已送达%2，需要打印，但此命令的输出不是终端，因此没有打印。它无法再次显示：请新建一个。</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>%1%2:</source>
        <translation>%1%2：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 arrived%2, but nobody said where to keep it; it was not written anywhere. It cannot be shown again: create a new one.</source>
        <translation>%1 已收到%2，但未指定保存位置，因此没有写入任何地方。它无法再次显示：请新建一个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is in %2 (written before the interruption).</source>
        <translation>%1 已在 %2 中（中断前已写入）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 arrived%2, but %3 exists now and is not overwritten; the secret was not written. It cannot be shown again: create a new one.</source>
        <translation>%1 已收到%2，但 %3 现已存在且不会被覆盖；密钥未写入。它无法再次显示：请新建一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written to %2: %3. It cannot be shown again: create a new one.</source>
        <translation>%1 无法写入 %2：%3。它无法再次显示：请新建一个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written to %2 (0600); it is shown this once.</source>
        <translation>%1 已写入 %2（0600）；它只显示这一次。</translation>
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
        <translation>本地数据未打开。</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The production address %1 is not in the local copy; sync first.</source>
        <translation>本地副本中没有生产地址 %1；请先同步。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>suite: expected basic or kit, got &quot;%1&quot;</source>
        <translation>suite：应为 basic 或 kit，实际为“%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Credential %1 is not in the local copy and no version was given; sync first.</source>
        <translation>本地副本中没有凭证 %1，且未给出版本；请先同步。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server cannot be reached now (%1); the change is kept and sent when it answers.</source>
        <translation>目前无法连接服务器（%1）；变更已保留，服务器应答后发送。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelled: the account was closed.</source>
        <translation>已取消：账号已关闭。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A debugging run is in progress; export the audit journal when it has finished.</source>
        <translation>正在进行调试；请在调试结束后再导出审计日志。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n audit row(s) to %1, with its manifest %2.</source>
        <translation>
            <numerusform>已导出 %n 条审计记录到 %1，清单文件为 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellerSession</name>
    <message>
        <location filename="../ui/seller/seller_session.cpp" line="+19"/>
        <source>Seller Center synced.</source>
        <translation>卖家中心已同步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync did not finish: %1</source>
        <translation>同步未完成：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes wait in the outbox: %1</source>
        <translation>变更正在发件箱中等待：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Syncing the Seller Center…</source>
        <translation>正在同步卖家中心…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A change sent earlier (%1, %2) is done.</source>
        <translation>之前发送的变更（%1，%2）已完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change sent earlier (%1, %2) ended: %3</source>
        <translation>之前发送的变更（%1，%2）已结束：%3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Secret of access key %1</source>
        <translation>密钥 %1 的密文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it on your server for the interfaces this key signs. KooGallery shows it only now; marketdesk keeps it nowhere.</source>
        <translation>请把它配置到您的服务器上，用于此密钥签名的接口。云商店只在此时显示它；marketdesk 不会保存它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret of application %1</source>
        <translation>应用 %1 的 client secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it in your server&apos;s configuration for KooGallery&apos;s unified login. It is shown only now; marketdesk keeps it nowhere.</source>
        <translation>请将它保存在您服务器的配置中，用于云商店统一登录。它只在此时显示；marketdesk 不会保存它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password of test account %1 at %2 (tenant %3)</source>
        <translation>测试账号 %1（%2，租户 %3）的密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of the test account of %1</source>
        <translation>%1 的测试账号密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with it to try the application as a buyer would. It is shown only now; marketdesk keeps it nowhere.</source>
        <translation>用它登录，以买家的身份试用应用。它只在此时显示；marketdesk 不会保存它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This answer arrived after a restart, for a change sent earlier.</source>
        <translation>此应答是在重启后收到的，对应之前发送的变更。</translation>
    </message>
</context>
<context>
    <name>SellerSync</name>
    <message>
        <location filename="../app/core/seller/client/seller_sync.cpp" line="+74"/>
        <source>A sync is running; its end brings the runs too.</source>
        <translation>正在同步；同步结束时也会带回调试运行记录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server handed out the page cursor &quot;%1&quot; a second time; the list would never end, so the sync stopped.</source>
        <translation>服务器第二次给出了分页游标“%1”；列表将永远读不完，因此同步已停止。</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+8"/>
        <source>The server&apos;s %1 listing could not be read: %2</source>
        <translation>无法读取服务器的 %1 列表：%2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The debugging runs of %1 could not be read: %2</source>
        <translation>无法读取 %1 的调试运行记录：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Synced %n seller change(s).</source>
        <translation>
            <numerusform>已同步 %n 项卖家变更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellerTablePage</name>
    <message>
        <location filename="../ui/seller/seller_table_page.cpp" line="+37"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 was changed by someone else meanwhile; the list now shows their version. Look at it and try again.

%2</source>
        <translation>%1 已被他人修改；列表现在显示的是对方的版本。请查看后重试。

%2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SellerTools</name>
    <message>
        <location filename="../app/cli/seller_tools.cpp" line="+126"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>未知命令“%1”；请参阅 --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is not used by seller %2</source>
        <translation>seller %2 不使用 --%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller %1 needs --%2</source>
        <translation>seller %1 需要 --%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller %1 needs %2</source>
        <translation>seller %1 需要 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+72"/>
        <source>--scheme: expected v2, kit, v1 or body-sign, got &quot;%1&quot;</source>
        <translation>--scheme：应为 v2、kit、v1 或 body-sign，实际为“%1”</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+77"/>
        <source>--%1 is for v2 and kit; v1 takes the timeStamp in the body, body-sign none</source>
        <translation>--%1 仅用于 v2 和 kit；v1 使用消息体中的 timeStamp，body-sign 不使用</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>--timestamp: expected UNIX milliseconds, e.g. 1680508066618, got &quot;%1&quot;</source>
        <translation>--timestamp：应为 UNIX 毫秒数，例如 1680508066618，实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--nonce: expected 1 to 128 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; or &quot;~&quot;</source>
        <translation>--nonce：应为 1 到 128 个字母、数字、“-”、“_”、“.”或“~”</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>seller verify --scheme %1 needs --%2 (the one sent with the signature)</source>
        <translation>seller verify --scheme %1 需要 --%2（与签名一同发送的值）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The signature is valid.</source>
        <translation>签名有效。</translation>
    </message>
    <message>
        <location filename="../app/cli/seller_options.cpp" line="+12"/>
        <source>seller sign|verify: v2 (signature), kit (x-sign), v1 (authToken) or body-sign (Body-Sign).</source>
        <translation>seller sign|verify：v2（signature）、kit（x-sign）、v1（authToken）或 body-sign（Body-Sign）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller: the file holding the accessKey (one line; never printed).</source>
        <translation>seller：保存 accessKey 的文件（一行；从不打印）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller sign|verify v2/kit: UNIX milliseconds (sign: default now).</source>
        <translation>seller sign|verify v2/kit：UNIX 毫秒数（sign 默认为当前时间）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller sign|verify v2/kit: the nonce (sign: default random).</source>
        <translation>seller sign|verify v2/kit：nonce（sign 默认随机生成）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller verify: the signature, authToken or Body-Sign value received.</source>
        <translation>seller verify：收到的签名、authToken 或 Body-Sign 值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seller encrypt-field: this iv (16 letters or digits) instead of a random one.</source>
        <translation>seller encrypt-field：使用此 iv（16 个字母或数字），而不是随机生成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seller encrypt-secret|decrypt-secret: sha256 (default), sha256-mgf1sha1 or sha1; decrypt-secret tries all three when not given.</source>
        <translation>seller encrypt-secret|decrypt-secret：sha256（默认）、sha256-mgf1sha1 或 sha1；未指定时 decrypt-secret 依次尝试这三种。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller decrypt-secret: the private key file (PEM, usually encrypted).</source>
        <translation>seller decrypt-secret：私钥文件（PEM，通常已加密）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller keygen: 3072 or 4096.</source>
        <translation>seller keygen：3072 或 4096。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller keygen: where to write the encrypted private key; decrypt-field and decrypt-secret: where to write the decrypted value (a new file, 0600; never overwritten).</source>
        <translation>seller keygen：加密私钥的写入位置；decrypt-field 和 decrypt-secret：解密后的值的写入位置（新文件，权限 0600；从不覆盖）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>seller debug: the credential&apos;s callback address for the login suite (https; http only on this computer).</source>
        <translation>seller debug：登录套件使用的应用凭证回调地址（https；仅本机可用 http）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: where the login suite&apos;s OAuth provider listens (default 127.0.0.1:0, a free port on this computer only).</source>
        <translation>seller debug：登录套件的 OAuth 提供方监听的地址（默认 127.0.0.1:0，仅本机的一个空闲端口）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller debug: the address the seller&apos;s server reaches the OAuth provider at, sent as the tenant&apos;s domainName (default http://HOST:PORT of --login-listen).</source>
        <translation>seller debug：商家服务器访问 OAuth 提供方所用的地址，作为企业的 domainName 下发（默认为 --login-listen 的 http://HOST:PORT）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: the credential&apos;s appId for the login suite&apos;s applicationSync and authSync (default: one made up per run).</source>
        <translation>seller debug：登录套件的 applicationSync 和 authSync 使用的应用凭证 appId（默认：每次运行临时生成一个）。</translation>
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
        <translation>商家工具（退出码：0 完成，1 校验失败或内容有误，2 选项或文件有误）：
  seller sign --scheme v2|kit|v1|body-sign --key-file F [--timestamp MS]
      [--nonce N] BODY_FILE                按云商店或商家的方式签名
  seller verify --scheme … --key-file F --signature S [--timestamp MS --nonce N]
      BODY_FILE                            校验收到的签名
  seller encrypt-field --key-file F [--encrypt-type 1|2] [--iv IV] VALUE_FILE
  seller decrypt-field --key-file F [--encrypt-type 1|2] --out FILE CIPHERTEXT
                                           V1 的 mobilePhone、email、appInfo
  seller encrypt-secret --public-key F [--oaep SET] VALUE_FILE
  seller decrypt-secret --private-key F [--passphrase-file P] [--oaep SET]
      --out FILE CIPHERTEXT                applicationSync 的 clientSecret
  （VALUE_FILE 存放明文值，- 表示从标准输入读取；明文值从不出现在命令行或终端上）
  seller keygen --bits 3072|4096 --out PRIVATE.pem [--passphrase-file P]
                                           生成密钥对；打印公钥
  seller debug --address URL --suite basic|kit|license|login|all [--mode v1|v2]
      --basic-key-file F --kit-key-file F [--public-key PEM] [--ca-file PEM]
      [--encrypt-type 1|2] [--report FILE.html|FILE.json] [--json]
      [--callback URL [--login-listen HOST:PORT] [--login-url URL] [--app-id ID]]
                                           应用接入调试：全部检查通过时退出码为 0，
                                           有检查失败时为 1；登录套件（仅在给出
                                           --callback 时包含在 all 中）需要 --public-key</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>seller debug: print the report as JSON; seller … list|show: print the records as JSON.</source>
        <translation>seller debug：以 JSON 输出报告；seller … list|show：以 JSON 输出记录。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>seller encrypt-field|decrypt-field|debug: 1 (AES-256, default) or 2 (AES-128).</source>
        <translation>seller encrypt-field|decrypt-field|debug：1（AES-256，默认）或 2（AES-128）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seller encrypt-secret: the RSA public key (PEM or bare Base64); seller debug: the credential&apos;s public key, for the login suite.</source>
        <translation>seller encrypt-secret：RSA 公钥（PEM 或纯 Base64）；seller debug：凭证的公钥，用于登录套件。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>seller debug: the production address (https; http only on this computer); seller rotate-key: the production address&apos;s ID.</source>
        <translation>seller debug：生产地址（https；仅本机可用 http）；seller rotate-key：生产地址的 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: basic, kit, license, login or all; seller addresses debug: basic, kit or all (default: every bound suite); seller rotate-key: basic or kit.</source>
        <translation>seller debug：basic、kit、license、login 或 all；seller addresses debug：basic、kit 或 all（默认：每个已绑定的套件）；seller rotate-key：basic 或 kit。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller debug: the protocol, v2 (default) or v1.</source>
        <translation>seller debug：协议，v2（默认）或 v1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller debug: the file holding the basic interfaces&apos; accessKey (never printed).</source>
        <translation>seller debug：存放基础接口 accessKey 的文件（从不打印）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller debug: the file holding the Kit interfaces&apos; accessKey (never printed).</source>
        <translation>seller debug：存放 Kit 接口 accessKey 的文件（从不打印）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller debug: also write the report to FILE.html or FILE.json.</source>
        <translation>seller debug：同时把报告写入 FILE.html 或 FILE.json。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seller debug: the address is marketdesk&apos;s reference server; read its row counters for the repeated-Kit-add check.</source>
        <translation>seller debug：该地址是 marketdesk 的参考服务器；读取其行计数用于重复 Kit 新增的检查。</translation>
    </message>
</context>
<context>
    <name>SellerUrls</name>
    <message>
        <location filename="../app/core/seller/seller_urls.cpp" line="+11"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1 characters, got %2</source>
        <translation>最多 %1 个字符，实际为 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a space or a line break</source>
        <translation>包含空格或换行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid URL (%2)</source>
        <translation>“%1”不是有效的 URL（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; needs a scheme and a host, e.g. https://isv.example.com/produce</source>
        <translation>“%1”需要协议和主机，例如 https://isv.example.com/produce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheme &quot;%1&quot; is not allowed; use https</source>
        <translation>不允许使用协议“%1”；请使用 https</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not carry a user name or password</source>
        <translation>不得包含用户名或密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not have a fragment (#…)</source>
        <translation>不得包含片段（#…）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http is allowed only for a loopback host (127.0.0.1, ::1, localhost); use https for %1</source>
        <translation>只有回环主机（127.0.0.1、::1、localhost）允许使用 http；%1 请使用 https</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must not have a query (?…): the marketplace appends /produceAPI/… to the address</source>
        <translation>不得包含查询串（?…）：云商店会在地址后追加 /produceAPI/…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the marketplace calls domain names only, not an IP address (%1)</source>
        <translation>云商店只调用域名，不调用 IP 地址（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the marketplace calls port 443 only, not %1</source>
        <translation>云商店只调用 443 端口，不调用 %1</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <location filename="../app/console/sign_in_controller.cpp" line="+34"/>
        <location line="+21"/>
        <source>Encrypted secret store</source>
        <translation>加密密钥库</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Passphrase for %1:</source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase for the new encrypted secret store %1:</source>
        <translation>为新的加密密钥库 %1 设置口令：</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+12"/>
        <location line="+24"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in at the server; collecting the tokens…</source>
        <translation>已在服务器登录；正在获取令牌…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading who you are…</source>
        <translation>正在读取用户信息…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the server&apos;s sign-in configuration…</source>
        <translation>正在读取服务器的登录配置…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The tokens cannot be kept in the system keychain: %1

Choose &quot;Encrypted file&quot; to keep them in a file protected by a passphrase.</source>
        <translation>无法将令牌保存在系统钥匙串中：%1

请选择“加密文件”，将令牌保存在受口令保护的文件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tokens cannot be kept in the encrypted file: %1</source>
        <translation>无法将令牌保存在加密文件中：%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/sign_in_dialog.cpp" line="+19"/>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open browser again</source>
        <translation>再次打开浏览器(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in address</source>
        <translation>登录地址</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If no browser opened, open this address in one:</source>
        <translation>如果没有打开浏览器，请在浏览器中打开此地址：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the sign-in…</source>
        <translation>正在准备登录…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in in your browser; marketdesk continues by itself when you are done.</source>
        <translation>请在浏览器中登录；完成后 marketdesk 会自动继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Copy the address below into a browser to sign in; marketdesk continues by itself when you are done.</source>
        <translation>无法打开浏览器。请将下面的地址复制到浏览器中登录；完成后 marketdesk 会自动继续。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in did not complete: %1</source>
        <translation>登录未完成：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../app/core/identity/sign_in_flow.cpp" line="+26"/>
        <source>No answer came back from the browser within %1 minutes; the sign-in was stopped. Start it again when ready.</source>
        <translation>%1 分钟内浏览器没有返回结果；登录已停止。准备好后请重新开始。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No answer to this sign-in came back from the browser within %1 minutes; %n answer(s) that did not belong to it (wrong or missing state) were refused. The sign-in was stopped. Start it again when ready.</source>
        <translation>
            <numerusform>%1 分钟内浏览器没有返回本次登录的结果；已拒绝 %n 个不属于本次登录的应答（state 错误或缺失）。登录已停止。准备好后请重新开始。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The sign-in was stopped: %n answer(s) reached its address on this computer that did not belong to it (wrong or missing state), so another program or a web page may be interfering. No token was requested. Start it again.</source>
        <translation>
            <numerusform>登录已停止：本机有 %n 个不属于本次登录的应答（state 错误或缺失）到达其地址，可能有其他程序或网页在干扰。未请求任何令牌。请重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not read the server&apos;s sign-in configuration: %1</source>
        <translation>无法读取服务器的登录配置：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s sign-in configuration cannot be used: %1.</source>
        <translation>服务器的登录配置无法使用：%1。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server did not sign you in: %1.</source>
        <translation>服务器未让您登录：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer from the browser has no authorization code.</source>
        <translation>浏览器返回的结果中没有授权码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server did not accept the sign-in: %1</source>
        <translation>服务器不接受此次登录：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s token answer cannot be used: %1.</source>
        <translation>服务器的令牌应答无法使用：%1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in, but who you are could not be read: %1</source>
        <translation>已登录，但无法读取用户信息：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in, but the user information cannot be used: %1.</source>
        <translation>已登录，但用户信息无法使用：%1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The answer from the browser comes from another server (issuer &quot;%1&quot;, expected &quot;%2&quot;); it was refused and no token was requested.</source>
        <translation>浏览器返回的应答来自另一台服务器（签发方“%1”，应为“%2”）；已拒绝，未请求令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer from the browser does not say which server sent it (no &quot;iss&quot;), though the server promised to; it was refused and no token was requested.</source>
        <translation>浏览器返回的应答未说明由哪台服务器发出（没有“iss”），而服务器声明会提供；已拒绝，未请求令牌。</translation>
    </message>
</context>
<context>
    <name>StorageProblem</name>
    <message>
        <location filename="../app/core/storage/storage_problem.cpp" line="+79"/>
        <source>the disk is full (%1 free): free some space, then try again</source>
        <translation>磁盘已满（剩余 %1）：请先释放一些空间，然后重试</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its folder or disk is read-only, and marketdesk keeps its data there: make it writable, then try again</source>
        <translation>其所在文件夹或磁盘为只读，而 marketdesk 的数据保存在那里：请将其设为可写，然后重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program (another marketdesk, or a database tool) kept it locked: close that program, then try again</source>
        <translation>另一个程序（另一个 marketdesk 或数据库工具）一直锁定着它：请关闭该程序，然后重试</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a marketdesk database</source>
        <translation>它不是 marketdesk 数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is damaged</source>
        <translation>它已损坏</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SwitchImpactText</name>
    <message>
        <location filename="../app/core/apps/client/switch_impact.cpp" line="+26"/>
        <source>Switching &quot;%1&quot; off stops everyone from using it.</source>
        <translation>关闭“%1”后，任何人都无法使用它。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n member(s) who can use it now lose access</source>
        <translation>
            <numerusform>当前可使用它的 %n 个成员将失去访问权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, including %n administrator(s) (%1)</source>
        <translation>
            <numerusform>，其中包括 %n 名管理员（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s) waiting for a seat keep waiting.</source>
        <translation>
            <numerusform>等待席位的 %n 个成员继续等待。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorisations and seats stay as they are: switching it on again gives everything back.</source>
        <translation>授权和席位保持不变：再次打开即可全部恢复。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../app/core/org/sync_engine.cpp" line="+77"/>
        <source>Sync cancelled; it continues from here next time.</source>
        <translation>同步已取消，下次将从此处继续。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Departments page: %1</source>
        <translation>部门分页：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members page: %1</source>
        <translation>成员分页：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Synced %n change(s).</source>
        <translation>
            <numerusform>已同步 %n 项变更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimestampWindow</name>
    <message>
        <location filename="../app/core/seller/timestamp_window.cpp" line="+12"/>
        <source>no timestamp was given</source>
        <translation>未提供时间戳</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the timestamp is not a number of milliseconds</source>
        <translation>时间戳不是毫秒数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the timestamp has %1 digits; UNIX milliseconds have 13</source>
        <translation>时间戳有 %1 位数字；UNIX 毫秒数为 13 位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the timestamp is in seconds; the marketplace sends milliseconds</source>
        <translation>时间戳以秒为单位；云商店发送的是毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timestamp is %1 s old; at most %2 s are accepted</source>
        <translation>时间戳已过去 %1 秒；最多接受 %2 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the timestamp is %1 s ahead of this clock; at most %2 s are accepted</source>
        <translation>时间戳比本机时钟快 %1 秒；最多接受 %2 秒</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <location filename="../app/core/net/tls_policy.cpp" line="+47"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds a damaged certificate</source>
        <translation>%1 中有损坏的证书</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a public-key pin: expected the base64 of a SHA-256 hash (44 characters ending in =)</source>
        <translation>“%1”不是公钥固定值：应为 SHA-256 哈希的 base64（以 = 结尾的 44 个字符）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the server&apos;s public key (pin %1) is not one of the pinned keys for this account; the connection was closed before anything was sent</source>
        <translation>服务器的公钥（固定值 %1）不在此账号固定的公钥之列；连接已在发送任何内容之前关闭</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no certificate</source>
        <translation>没有证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject &quot;%1&quot;, issuer &quot;%2&quot;, valid %3 to %4, SHA-256 %5</source>
        <translation>主体“%1”，颁发者“%2”，有效期 %3 至 %4，SHA-256 %5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (certificate: %2)</source>
        <translation>%1（证书：%2）</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <location filename="../app/core/identity/token_set.cpp" line="+21"/>
        <source>the token answer has no &quot;access_token&quot; text</source>
        <translation>令牌应答中没有 &quot;access_token&quot; 文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token answer&apos;s &quot;token_type&quot; is &quot;%1&quot;; only Bearer is supported</source>
        <translation>令牌应答的 &quot;token_type&quot; 为“%1”；只支持 Bearer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the token answer&apos;s &quot;expires_in&quot; is not a positive number of seconds</source>
        <translation>令牌应答的 &quot;expires_in&quot; 不是正的秒数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token answer&apos;s &quot;refresh_token&quot; is not text</source>
        <translation>令牌应答的 &quot;refresh_token&quot; 不是文本</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the stored sign-in is damaged (%1)</source>
        <translation>保存的登录信息已损坏（%1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the stored sign-in has no access token</source>
        <translation>保存的登录信息中没有访问令牌</translation>
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <location filename="../app/core/identity/user_info.cpp" line="+37"/>
        <source>the user information has no &quot;userName&quot;</source>
        <translation>用户信息中没有 &quot;userName&quot;</translation>
    </message>
</context>
<context>
    <name>UtilisationChart</name>
    <message>
        <location filename="../ui/apps/utilisation_chart.cpp" line="+32"/>
        <source>Seats assigned</source>
        <translation>已分配席位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats bought</source>
        <translation>已购席位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>席位</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trend: seats run out on %1</source>
        <translation>趋势：席位将在 %1 用完</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2 of %3 seats assigned (%4 free)</source>
        <translation>%1：已分配 %2 / %3 个席位（空闲 %4 个）</translation>
    </message>
</context>
<context>
    <name>V1AuthToken</name>
    <message>
        <location filename="../app/core/seller/v1_auth_token.cpp" line="+45"/>
        <source>at byte %1: &quot;%&quot; must be followed by two hex digits</source>
        <translation>第 %1 字节：“%”之后必须是两个十六进制数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at byte %1: the decoded text is not UTF-8</source>
        <translation>第 %1 字节：解码后的文本不是 UTF-8</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>at byte %1: a parameter without a name</source>
        <translation>第 %1 字节：参数没有名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parameter &quot;%1&quot; appears twice</source>
        <translation>参数“%1”出现了两次</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the body is JSON but not an object</source>
        <translation>消息体是 JSON，但不是对象</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>there is no timeStamp parameter; the key is accessKey + timeStamp</source>
        <translation>没有 timeStamp 参数；密钥为 accessKey + timeStamp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no authToken was given</source>
        <translation>未提供 authToken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the authToken does not match: another key, or other parameters were signed</source>
        <translation>authToken 不匹配：签名所用的密钥或参数不同</translation>
    </message>
</context>
<context>
    <name>V1Scenarios</name>
    <message>
        <location filename="../app/core/seller/debugger/v1_scenarios.cpp" line="+26"/>
        <source>encryptType &quot;%1&quot; is neither 1 (AES-256) nor 2 (AES-128) (§3.3)</source>
        <translation>encryptType“%1”既不是 1（AES-256）也不是 2（AES-128）（§3.3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>appInfo.%1 does not decrypt with the basic key and encryptType %2 (§3.3): %3</source>
        <translation>appInfo.%1 无法用基础接口密钥和 encryptType %2 解密（§3.3）：%3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>§6.2: 000000, or 000004 while opening asynchronously</source>
        <translation>§6.2：000000，或异步开通时的 000004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>newInstance opens an instance</source>
        <translation>newInstance 开通实例</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>newInstance again for the same order answers the same instance</source>
        <translation>同一订单再次 newInstance 返回同一实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>§6.2 idempotency</source>
        <translation>§6.2 幂等</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>the same orderId and productId must answer the same instanceId: first &quot;%1&quot;, now &quot;%2&quot; (a second instance was opened)</source>
        <translation>相同的 orderId 和 productId 必须返回相同的 instanceId：第一次为“%1”，这次为“%2”（开通了第二个实例）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same order must answer the same appInfo; it changed</source>
        <translation>同一订单必须返回相同的 appInfo；它变了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queryInstance returns the instance with its appInfo</source>
        <translation>queryInstance 返回该实例及其 appInfo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>§6.2: success</source>
        <translation>§6.2：成功</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>§6.2: success for a live instance</source>
        <translation>§6.2：对有效实例返回成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refreshInstance renews the instance</source>
        <translation>refreshInstance 续费该实例</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>instanceStatus freezes the instance</source>
        <translation>instanceStatus 冻结该实例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>instanceStatus makes the instance normal again</source>
        <translation>instanceStatus 使实例恢复正常</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expireInstance freezes the instance</source>
        <translation>expireInstance 冻结该实例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upgrade upgrades the instance</source>
        <translation>upgrade 升级该实例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>releaseInstance releases the instance</source>
        <translation>releaseInstance 释放该实例</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>releaseInstance of a released instance answers success</source>
        <translation>对已释放的实例 releaseInstance 返回成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idempotent per instanceId</source>
        <translation>按 instanceId 幂等</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>instanceStatus of an unknown instance answers 000003</source>
        <translation>对不存在的实例 instanceStatus 返回 000003</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>§2.3: instanceId does not exist</source>
        <translation>§2.3：instanceId 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>newInstance without customerId answers 000002</source>
        <translation>缺少 customerId 的 newInstance 返回 000002</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>§2.3: invalid request parameter</source>
        <translation>§2.3：请求参数不合法</translation>
    </message>
</context>
<context>
    <name>V2Signature</name>
    <message>
        <location filename="../app/core/seller/v2_signature.cpp" line="+44"/>
        <source>no signature was given</source>
        <translation>未提供签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature has %1 characters; an HMAC-SHA256 in hex has 64</source>
        <translation>签名有 %1 个字符；十六进制的 HMAC-SHA256 为 64 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature is not hexadecimal</source>
        <translation>签名不是十六进制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature does not match: another key, body, nonce or timestamp was signed</source>
        <translation>签名不匹配：签名所用的密钥、消息体、nonce 或时间戳不同</translation>
    </message>
</context>
</TS>
