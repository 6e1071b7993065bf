#!/usr/bin/env bash
# Installs what the editor-test tier needs, from the npm registry and Debian apt only (no VS Code download):
#   - Debian chromium (the browser Playwright drives) and libkrb5-dev (headers for code-server's native modules);
#   - Node 24 (code-server needs Node 24 exactly), from the npm package node-linux-<arch>;
#   - code-server (VS Code's workbench with its real Node extension host), installed by npm running on Node 24;
#   - playwright-core (no browser download), as a fallback when the project's node_modules lacks it.
# Everything lands in ${SYNOPTIC_E2E_ROOT:-$HOME/.cache/synoptic-e2e}; steps already done are skipped,
# so running it again is cheap. Usage: npm run e2e:setup   (or: bash scripts/e2e/setup.sh)
# apt needs root (or sudo without a password).
set -euo pipefail

E2E_ROOT=${SYNOPTIC_E2E_ROOT:-$HOME/.cache/synoptic-e2e}
NODE24_VERSION=${SYNOPTIC_NODE24_VERSION:-24.21.0}
CODE_SERVER_VERSION=${SYNOPTIC_CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_CORE_VERSION=${SYNOPTIC_PLAYWRIGHT_CORE_VERSION:-1.65.1}

mkdir -p "$E2E_ROOT/runs"
cd "$E2E_ROOT"
# Keep npm's download cache inside E2E_ROOT so that a CI cache of this one folder covers everything.
export npm_config_cache="${npm_config_cache:-$E2E_ROOT/.npm-cache}"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# One installer at a time: a second run waits for the first instead of racing it.
if command -v flock >/dev/null; then
  exec 9>"$E2E_ROOT/.setup.lock"
  if ! flock -n 9; then
    echo "[e2e:setup] another setup is running in $E2E_ROOT; waiting for it to finish"
    flock 9
  fi
fi

log() { echo "[e2e:setup] $*"; }
now() { date +%s; }
T0=$(now)

# 1. System packages. Build tools are only needed when a native module of code-server has no prebuilt binary.
apt_packages=()
command -v chromium >/dev/null || apt_packages+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_packages+=(libkrb5-dev)
command -v make >/dev/null || apt_packages+=(make)
command -v g++ >/dev/null || apt_packages+=(g++)
command -v python3 >/dev/null || apt_packages+=(python3)
if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then as_root=(); elif command -v sudo >/dev/null; then as_root=(sudo -n); else
    echo "[e2e:setup] need root to install: ${apt_packages[*]} (run: sudo apt-get update && sudo apt-get install -y ${apt_packages[*]})" >&2
    exit 1
  fi
  log "apt: installing ${apt_packages[*]}"
  # Always refresh the package lists first: a fresh machine or container image often has none.
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
else
  log "apt: chromium, libkrb5-dev and build tools already present"
fi
T1=$(now)

# 2. Node 24. The npm package node-linux-<arch> is the official binary plus headers (no npm inside).
case "$(uname -m)" in
  x86_64) node_arch=x64 ;;
  aarch64 | arm64) node_arch=arm64 ;;
  *) echo "[e2e:setup] unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
if [ "$("$E2E_ROOT/node24/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  log "node: fetching node-linux-$node_arch@$NODE24_VERSION"
  rm -rf node24 node24.tmp && mkdir node24.tmp
  tarball=$(npm pack --silent "node-linux-$node_arch@$NODE24_VERSION" | tail -1)
  tar xzf "$tarball" -C node24.tmp --strip-components=1
  rm -f "$tarball"
  mv node24.tmp node24
else
  log "node: v$NODE24_VERSION already present"
fi
T2=$(now)

# 3. code-server, installed by npm running on Node 24: its postinstall checks npm_config_user_agent for node/v24,
#    and native modules must compile against Node 24's headers (npm_config_nodedir overrides any nodedir in ~/.npmrc).
cs_pkg="$E2E_ROOT/cs/node_modules/code-server/package.json"
cs_stamp="$E2E_ROOT/cs/.installed-$CODE_SERVER_VERSION"
cs_native="$E2E_ROOT/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
if [ ! -f "$cs_stamp" ] && [ -f "$cs_native" ] && [ -f "$cs_pkg" ] &&
  [ "$(node -p "require('$cs_pkg').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]; then
  touch "$cs_stamp"   # Installed earlier without a stamp (for example by the reference script): adopt it.
fi
if [ ! -f "$cs_stamp" ]; then
  log "code-server: installing $CODE_SERVER_VERSION (about 100 s, 620 MB)"
  rm -rf cs && mkdir cs
  # allowScripts: npm 11 warns about (later: blocks) install scripts nobody reviewed.
  cat > cs/package.json <<JSON
{ "name": "synoptic-e2e-code-server", "private": true, "allowScripts": { "code-server": true, "argon2": true } }
JSON
  # Run through `npm run e2e:setup`, the outer npm (on the system Node) exports its own user agent; unset it
  # so the inner npm reports Node 24.
  env -u npm_config_user_agent PATH="$E2E_ROOT/node24/bin:$PATH" npm_config_nodedir="$E2E_ROOT/node24" \
    npm install --prefix "$E2E_ROOT/cs" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  [ -f "$cs_native" ] || { echo "[e2e:setup] code-server installed, but its native modules were not built" >&2; exit 1; }
  touch "$cs_stamp"
else
  log "code-server: $CODE_SERVER_VERSION already present"
fi
T3=$(now)

# 4. playwright-core, for the harness to drive Debian's chromium (never `playwright install`). The harness
#    prefers the project's own node_modules/playwright-core; this copy serves checkouts without npm ci.
if [ "$(node -p "require('$E2E_ROOT/pw/node_modules/playwright-core/package.json').version" 2>/dev/null)" != "$PLAYWRIGHT_CORE_VERSION" ]; then
  log "playwright-core: installing $PLAYWRIGHT_CORE_VERSION"
  rm -rf pw && mkdir pw
  echo '{ "name": "synoptic-e2e-playwright", "private": true }' > pw/package.json
  npm install --prefix "$E2E_ROOT/pw" --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_CORE_VERSION"
else
  log "playwright-core: $PLAYWRIGHT_CORE_VERSION already present"
fi
T4=$(now)

# Report versions. code-server writes config files on every start, so give it a throwaway HOME.
version_home=$(mktemp -d -p "$E2E_ROOT/runs")
cs_version=$(HOME="$version_home" XDG_CONFIG_HOME="$version_home/.config" XDG_DATA_HOME="$version_home/.local/share" \
  "$E2E_ROOT/node24/bin/node" "$E2E_ROOT/cs/node_modules/code-server/out/node/entry.js" --version 2>/dev/null | tail -1)
rm -rf "$version_home"
log "node24:          $("$E2E_ROOT/node24/bin/node" -v)"
log "code-server:     $cs_version"
log "chromium:        $(chromium --version 2>/dev/null)"
log "playwright-core: $(node -p "require('$E2E_ROOT/pw/node_modules/playwright-core/package.json').version")"
log "timings (s): apt=$((T1 - T0)) node24=$((T2 - T1)) code-server=$((T3 - T2)) playwright-core=$((T4 - T3)) total=$((T4 - T0))"
log "ready in $E2E_ROOT"
