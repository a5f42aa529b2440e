#!/bin/sh
# 目录 Mulu, web build for machines without the desktop app (loongarch64, mips64el): serves this folder on
# 127.0.0.1 with the operating system's Python 3 and opens the default browser. Ctrl+C or closing the terminal stops it.
# MULU_PORT changes the port (4174), but the browser keeps the catalog per address: keep the same one.
cd "$(dirname "$0")" || exit 1
for python in python3 python; do
  if command -v "$python" >/dev/null 2>&1 && "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 6) else 1)' 2>/dev/null; then
    exec "$python" serve.py "$@"
  fi
done
echo "需要 Python 3（统信 UOS、麒麟系统自带；可用 sudo apt install python3 安装）。" >&2
echo "Mulu's web build needs Python 3 (part of UOS and Kylin; sudo apt install python3)." >&2
exit 1
