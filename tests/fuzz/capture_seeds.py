#!/usr/bin/env python3
"""Fills the JSON fuzz targets' corpora with real answers of a running marketdesk-sandbox.

Signs in through the sandbox's OAuth endpoints (authorization code with PKCE; start the
sandbox with --auto-approve ACCOUNT) and saves what each listing and record endpoint answers.
Usage: capture_seeds.py SERVER_URL [--seller] OUT_DIR   (OUT_DIR is tests/fuzz/corpus)
Answers are cut to a few records each: seeds should be small for the fuzzer to mutate.
"""
import base64, hashlib, json, os, secrets, sys, urllib.error, urllib.parse, urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in(server):
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    redirect = "http://127.0.0.1:9/callback"
    query = urllib.parse.urlencode({
        "response_type": "code", "client_id": "marketdesk", "redirect_uri": redirect,
        "scope": "get_user_info", "state": "seedstate", "code_challenge": challenge,
        "code_challenge_method": "S256"})
    opener = urllib.request.build_opener(NoRedirect)
    url = f"{server}/api/v1/oauth2/authorize?{query}"
    for _ in range(5):  # the sandbox may redirect to its own approval first
        try:
            opener.open(url)
            sys.exit("capture_seeds: the sandbox did not redirect; start it with --auto-approve")
        except urllib.error.HTTPError as e:
            url = urllib.parse.urljoin(url, e.headers["Location"])
            if url.startswith(redirect):
                break
    code = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)["code"][0]
    body = urllib.parse.urlencode({
        "grant_type": "authorization_code", "code": code, "redirect_uri": redirect,
        "client_id": "marketdesk", "code_verifier": verifier}).encode()
    token = urllib.request.urlopen(urllib.request.Request(f"{server}/api/v1/oauth2/token", body)).read()
    return json.loads(token), token


def get(server, token, path, method="GET", body=None):
    request = urllib.request.Request(server + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Bearer " + token)
    request.add_header("Content-Type", "application/json")
    request.add_header("Idempotency-Key", secrets.token_hex(16))
    try:
        return json.loads(urllib.request.urlopen(request).read())
    except urllib.error.HTTPError as e:
        return json.loads(e.read())


def save(out, target, name, value):
    if isinstance(value, dict) and isinstance(value.get("items"), list):
        value = dict(value, items=value["items"][:3])
    os.makedirs(os.path.join(out, target), exist_ok=True)
    with open(os.path.join(out, target, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


def first(listing, key):
    items = listing.get("items") or []
    return items[0][key] if items else None


def main():
    args = [a for a in sys.argv[1:] if a != "--seller"]
    if len(args) != 2:
        sys.exit(__doc__)
    server, out = args[0].rstrip("/"), args[1]
    tokens, raw = sign_in(server)
    access = tokens["access_token"]
    save(out, "fuzz_identity_json", "discovery", get(server, access, "/.well-known/openid-configuration"))
    save(out, "fuzz_identity_json", "userinfo", get(server, access, "/api/v1/oauth2/userinfo"))
    # The token answer with its tokens replaced: seeds are committed.
    save(out, "fuzz_identity_json", "token", dict(tokens, access_token="A" * 40, refresh_token="R" * 40))
    if "--seller" in sys.argv:
        keys = get(server, access, "/api/v1/seller/keys")
        save(out, "fuzz_seller_json", "keys", keys)
        addresses = get(server, access, "/api/v1/seller/addresses")
        save(out, "fuzz_seller_json", "addresses", addresses)
        address = first(addresses, "addressId")
        if address:
            save(out, "fuzz_seller_json", "runs", get(server, access, f"/api/v1/seller/addresses/{address}/debug-runs"))
        credentials = get(server, access, "/api/v1/seller/credentials")
        save(out, "fuzz_seller_json", "credentials", credentials)
        return
    save(out, "fuzz_org_json", "departments", get(server, access, "/api/v1/org/departments?limit=3&count=1"))
    members = get(server, access, "/api/v1/org/members?limit=3&count=1")
    save(out, "fuzz_org_json", "members", members)
    names = [m["userName"] for m in members.get("items", [])][:2] + ["no.such.member"]
    save(out, "fuzz_org_json", "batch", get(server, access, "/api/v1/org/members/batch", "POST",
                                            {"action": "disable", "userNames": names}))
    apps = get(server, access, "/api/v1/apps?limit=3")
    save(out, "fuzz_apps_json", "apps", apps)
    app = first(apps, "appId")
    if app:
        save(out, "fuzz_apps_json", "grants", get(server, access, f"/api/v1/apps/{app}/grants?limit=3"))
        save(out, "fuzz_apps_json", "seats", get(server, access, f"/api/v1/apps/{app}/seats?limit=3"))
        history = get(server, access, f"/api/v1/apps/{app}/seat-history")
        history["days"] = history.get("days", [])[:4]
        save(out, "fuzz_apps_json", "history", history)
        save(out, "fuzz_apps_json", "grant", get(server, access, f"/api/v1/apps/{app}/grant", "POST",
                                                 {"userNames": names[:1]}))
    groups = get(server, access, "/api/v1/groups?limit=3")
    save(out, "fuzz_apps_json", "groups", groups)
    group = first(groups, "groupId")
    if group:
        save(out, "fuzz_apps_json", "group", get(server, access, f"/api/v1/groups/{group}"))
    orders = get(server, access, "/api/v1/orders?limit=200")
    # A License for each kind of License product (characters, file), to have both records.
    for order in orders.get("items", []):
        if order.get("productType") == "license" and order.get("instance"):
            get(server, access, "/api/v1/licenses", "POST", {
                "instanceId": order["instance"]["instanceId"], "eventId": secrets.token_hex(8),
                "deviceFingerprint": "00:1A:2B:3C:4D:5E|WD-1234|BOARD-1|BFEBFBFF000906EA"})
    for kind in ("orders", "licenses", "images"):
        save(out, "fuzz_licenses_json", kind, get(server, access, f"/api/v1/{kind}?limit=3"))


main()
