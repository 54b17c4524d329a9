#!/usr/bin/env bash
# Builds the app's three bundles into app/dist/, each a crate of its own over the shared app/ui (ruta-ui): the survivor
# app (app/survivor, ruta_app*), the booking screens it loads on demand (app/book, ruta_book*) and the staff screens
# (app/staff, ruta_staff*, staff.html). Wasm (release, size-optimised), JS glue, boot scripts, the stylesheet,
# index.html and the service worker, with content-hashed names and gzip and brotli copies for the server to send.
# Installs what is missing: the wasm32 target, wasm-bindgen-cli at the version in Cargo.lock, wasm-opt and axe-core
# (npm, into tools/), brotli (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [[ "$have" != "$want" ]]; then
  echo "== installing wasm-bindgen-cli $want (a few minutes, once)"
  # Without --locked: its own lockfile asks for a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$want"
fi
if ! command -v brotli >/dev/null 2>&1; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq brotli >/dev/null
fi
if [[ ! -x tools/node_modules/.bin/wasm-opt ]]; then
  (cd tools && npm ci --no-audit --no-fund)
fi

target=${CARGO_TARGET_DIR:-target}
stage=$target/app-stage
rm -rf "$stage" app/dist
mkdir -p "$stage" app/dist

echo "== building ruta-app, ruta-book, ruta-staff (wasm32, profile wasm-release)"
cargo build --locked --profile wasm-release --target wasm32-unknown-unknown -p ruta-app -p ruta-book -p ruta-staff

# bind NAME PASSES: runs wasm-bindgen and wasm-opt (-Oz, PASSES times) on the crate's NAME.wasm into $stage.
bind() {
  local name=$1 passes=()
  for ((i = 0; i < $2; i++)); do passes+=(-Oz); done
  wasm-bindgen --target web --no-typescript --remove-name-section --out-dir "$stage" --out-name "$name" \
    "$target/wasm32-unknown-unknown/wasm-release/$name.wasm"
  # Debian's wasm-opt breaks the externref table (see TOOLCHAIN.md); the npm binaryen 132 one is right.
  tools/node_modules/.bin/wasm-opt "${passes[@]}" --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-reference-types --enable-sign-ext --enable-mutable-globals \
    -o "$stage/${name}_bg.opt.wasm" "$stage/${name}_bg.wasm"
}
# What survivors download: a second -Oz pass takes about 2 KB more off (compressed) for ~15 s of build.
bind ruta_app 2
# The staff screens: a bundle of their own, so survivors never download them.
bind ruta_staff 1
# The remote-session booking screens: loaded by the survivor app only when someone opens them.
bind ruta_book 2

hash() { sha256sum "$1" | cut -c1-12; }
# publish NAME: copies the bound NAME's wasm and its JS glue (pointed at the wasm's new name) into app/dist under
# content-hashed names, and sets $wasm and $glue to those names.
publish() {
  local name=$1
  wasm="${name}_bg-$(hash "$stage/${name}_bg.opt.wasm").wasm"
  cp "$stage/${name}_bg.opt.wasm" "app/dist/$wasm"
  sed "s/${name}_bg\.wasm/$wasm/g" "$stage/$name.js" > "$stage/$name-glue.js"
  glue="$name-$(hash "$stage/$name-glue.js").js"
  cp "$stage/$name-glue.js" "app/dist/$glue"
}
publish ruta_app
wasm_name=$wasm glue_name=$glue
publish ruta_book
book_wasm=$wasm book_glue=$glue
css_name="style-$(hash app/ui/style.css).css"
cp app/ui/style.css "app/dist/$css_name"
# window.rutaBooking is the survivor app's side of the booking bundle's mount contract (app/book/src/lib.rs).
cat > "$stage/boot.js" <<JS
// Starts the app. A module script of its own, because the content security policy allows no inline script.
import init from "./$glue_name";
init({ module_or_path: "./$wasm_name" });
// The booking screens, fetched the first time someone opens them and mounted into the page (the URL stays "/").
window.rutaBooking = async (root, lang, entry) => {
  const book = await import("./$book_glue");
  await book.default({ module_or_path: "./$book_wasm" });
  book.mount_booking(root, lang, entry);
};
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
}
JS
boot_name="boot-$(hash "$stage/boot.js").js"
cp "$stage/boot.js" "app/dist/$boot_name"

assets="<link rel=\"stylesheet\" href=\"/$css_name\">\n    <link rel=\"modulepreload\" href=\"/$glue_name\">\n    <script type=\"module\" src=\"/$boot_name\"></script>"
sed "s|<!-- RUTA_ASSETS -->|$assets|" app/survivor/index.html > app/dist/index.html

# The staff page: same stylesheet, its own wasm and boot script (no service worker: nothing kept offline).
publish ruta_staff
staff_wasm=$wasm staff_glue=$glue
cat > "$stage/staff-boot.js" <<JS
// Starts the staff screens.
import init from "/$staff_glue";
init({ module_or_path: "/$staff_wasm" });
JS
staff_boot="staff-boot-$(hash "$stage/staff-boot.js").js"
cp "$stage/staff-boot.js" "app/dist/$staff_boot"
staff_assets="<link rel=\"stylesheet\" href=\"/$css_name\">\n    <script type=\"module\" src=\"/$staff_boot\"></script>"
sed "s|<!-- RUTA_ASSETS -->|$staff_assets|" app/staff/staff.html > app/dist/staff.html

# What adding the app to the home screen uses: the manifest and icons, and the neutral ones (name "Clima", a plain
# icon) for the person who asks for them. Not content-hashed: the page links them by fixed names.
cp app/survivor/manifest.webmanifest app/survivor/discreet.webmanifest app/dist/
mkdir -p app/dist/icons
cp app/survivor/icons/* app/dist/icons/
identity="\"/manifest.webmanifest\", \"/discreet.webmanifest\""
for icon in app/survivor/icons/*; do identity="$identity, \"/icons/$(basename "$icon")\""; done

# The service worker keeps the shell (with the manifests and icons, so the home-screen app opens with no
# connection) and the last country's emergency numbers working offline.
version=$(cat app/dist/index.html "app/dist/$wasm_name" app/survivor/*.webmanifest app/survivor/icons/* | sha256sum | cut -c1-12)
sed -e "s|__RUTA_VERSION__|$version|" \
    -e "s|__RUTA_SHELL__|\"/\", \"/$css_name\", \"/$glue_name\", \"/$wasm_name\", \"/$boot_name\", $identity|" \
    app/survivor/sw.js > app/dist/sw.js

# Compressed copies for the server to send as they are: brotli for browsers that take it, gzip for the rest.
for f in app/dist/* app/dist/icons/*.svg; do [[ -f "$f" ]] || continue; gzip -9 -k -n "$f"; brotli -q 11 -k "$f"; done
echo "== app/dist:"
ls -l app/dist
