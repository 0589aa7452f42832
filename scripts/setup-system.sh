#!/usr/bin/env bash
# System packages the pipeline uses beyond Python: poppler-utils (pdftotext, for the
# rendition tests), Tesseract with its Vietnamese model (OCR of scanned PDFs) and
# LibreOffice Writer and Calc without a GUI (legacy .doc/.rtf/.xls conversion), and the
# DejaVu fonts the tests draw their own scans and font-subset PDFs with, and Chromium with
# its WebDriver (chromium, chromium-driver), the headless browser tests/test_report.py
# opens the report page in (Playwright's own browser download is not reachable here), and
# libarchive's bsdtar (libarchive-tools: RAR and 7-Zip archives of a plan's files).
# Installs what is missing when apt-get is usable (root, or sudo without a password);
# otherwise says what is missing and how to install it, and carries on: the pipeline
# still runs, and documents that need a missing tool become clear error records.
set -u
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx vie; then need+=(tesseract-ocr-vie); fi
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || need+=(fonts-dejavu-core)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v bsdtar >/dev/null 2>&1 || need+=(libarchive-tools)
if [ ${#need[@]} -eq 0 ]; then
  echo "setup: system packages present (poppler-utils, tesseract-ocr + vie, libreoffice, fonts-dejavu-core, chromium + chromium-driver, libarchive-tools)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="none"; fi
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$sudo" = "none" ]; then
  echo "setup: missing system packages: ${need[*]}" >&2
  echo "setup: install them with: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  echo "setup: carrying on; scanned PDFs, .doc files and .rar/.7z archives will become error records, and the report's browser test fails, until then" >&2
  exit 0
fi
echo "setup: installing system packages with apt-get: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
  echo "setup: apt-get could not install ${need[*]}; carrying on without them" >&2
fi
exit 0
