#!/usr/bin/env bash
# The README's "build and start" command: installs if needed, builds and zips the Chrome and Firefox versions,
# then opens Chromium with the extension loaded and the reference article served from this machine. Without a
# display it says where the builds are and how to load them by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

npx wxt zip
npx wxt zip -b firefox

CHROME_DIR="$PWD/.output/chrome-mv3"
FIREFOX_DIR="$PWD/.output/firefox-mv2"
ZIPS=$(ls -1 "$PWD"/.output/*.zip 2>/dev/null || true)
REFERENCE_DIR="$(cd .. && pwd)/shared/fixtures/seed-sozial-pr"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<INFO

No display found, so no browser was started. The extension is built:
  Chrome / Chromium (unpacked): $CHROME_DIR
  Firefox (unpacked):           $FIREFOX_DIR
  Zips:
$(echo "$ZIPS" | sed 's/^/    /')

Load it by hand:
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode", "Load unpacked", choose $CHROME_DIR
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose
                   $FIREFOX_DIR/manifest.json
INFO
  exit 0
fi

CHROMIUM=${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$CHROMIUM" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium (never a downloaded browser)…"
  DEBIAN_FRONTEND=noninteractive apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-l10n
  CHROMIUM=$(command -v chromium || true)
fi
if [ -z "$CHROMIUM" ]; then
  echo "No Chromium found (Debian: apt-get install chromium). Load $CHROME_DIR by hand via chrome://extensions." >&2
  exit 1
fi

# Serves the reference article on 127.0.0.1 the way a web server would (the page is read from ../shared).
PORT=${RANDNOTIZ_PORT:-8765}
REFERENCE_PATH=/blog/digitalisierung-braucht-soziale-arbeit
node -e '
  const http = require("http"), fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  http.createServer((req, res) => {
    if (req.url !== process.argv[3]) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html" });
    fs.createReadStream(path.join(dir, "source.html")).pipe(res);
  }).listen(Number(process.argv[2]), "127.0.0.1");
' "$REFERENCE_DIR" "$PORT" "$REFERENCE_PATH" &
SERVER_PID=$!
PROFILE_DIR=$(mktemp -d -t randnotiz-profile-XXXXXX)
trap 'kill "$SERVER_PID" 2>/dev/null; rm -rf "$PROFILE_DIR"' EXIT

# Chromium refuses to run as root with its sandbox (CI machines and containers run as root).
SANDBOX_FLAG=()
[ "$(id -u)" -eq 0 ] && SANDBOX_FLAG=(--no-sandbox)

echo "Starting Chromium with Randnotiz loaded and the reference article open (close the window to stop)."
"$CHROMIUM" "${SANDBOX_FLAG[@]}" --user-data-dir="$PROFILE_DIR" --no-first-run --disable-sync --disable-component-update \
  --disable-extensions-except="$CHROME_DIR" --load-extension="$CHROME_DIR" \
  "http://127.0.0.1:$PORT$REFERENCE_PATH"
