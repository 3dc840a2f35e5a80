#!/usr/bin/env bash
# Qt needs a few shared libraries from the system to draw without a screen (offscreen) and on X11.
# Where one is missing and this machine can install Debian packages, install it; otherwise say which.
set -u
venv=${VENV:-.venv}
plugins=$("$venv/bin/python" -c 'import PySide6, os; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms"))' 2>/dev/null) || exit 0
site=${plugins%/PySide6/*}
# OpenCV (used by the OCR engine) brings shared libraries of its own that need a few system ones too.
extra=$(ls "$site"/opencv_python.libs/*.so* "$site"/cv2/*.so 2>/dev/null)
missing=$( { ldd "$plugins/libqoffscreen.so"; ldd "$plugins/libqxcb.so"; for f in $extra; do ldd "$f"; done; } 2>/dev/null \
  | awk '/not found/ {print $1}' | sort -u)
[ -z "$missing" ] && exit 0
declare -A pkg=(
  [libxkbcommon.so.0]=libxkbcommon0 [libEGL.so.1]=libegl1 [libglib-2.0.so.0]=libglib2.0-0
  [libgthread-2.0.so.0]=libglib2.0-0 [libfontconfig.so.1]=libfontconfig1 [libdbus-1.so.3]=libdbus-1-3
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxcb-cursor.so.0]=libxcb-cursor0
  [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-shape.so.0]=libxcb-shape0
  [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0 [libX11-xcb.so.1]=libx11-xcb1
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-image.so.0]=libxcb-image0
  [libxcb-randr.so.0]=libxcb-randr0 [libxcb-xkb.so.1]=libxcb-xkb1 [libfreetype.so.6]=libfreetype6
)
want=()
for lib in $missing; do want+=("${pkg[$lib]:-}"); done
want=($(printf '%s\n' "${want[@]}" | grep -v '^$' | sort -u))
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ ${#want[@]} -gt 0 ]; then
  echo "licdesk setup: installing system libraries Qt needs: ${want[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want[@]}") >/dev/null 2>&1 \
    || echo "licdesk setup: could not install ${want[*]}; Qt may not start" >&2
else
  echo "licdesk setup: Qt needs these libraries, which are missing: $missing" >&2
  [ ${#want[@]} -gt 0 ] && echo "  install them with: sudo apt-get install ${want[*]}" >&2
fi
exit 0
