#!/usr/bin/env bash
# Extraction benchmark. Over a corpus of every allowed type (Tika's own test documents, documents made here, a
# generated 5 MB PDF and real PDF manuals of 0.6-6.6 MB from Debian's documentation packages) it reports:
#   - per format: files, well-formed files, how many yielded text, success %, the failures by name with reason,
#     the files left out as deliberately broken/encrypted/bombs (the rule is printed) and the files without text;
#   - per format: median and p95 time per file and per MB through Passerelle's pipeline (worker JVM), with plain
#     in-process Tika on the same files in the same run;
#   - PDF speed: poppler's pdftotext vs the pipeline vs PdfText (the worker's direct PDFBox reader, in-process,
#     on 2 threads and on 1) on every PDF, totals, medians, ratios and word overlap with pdftotext.
# Usage: src/bench/extraction.sh [rounds]   (default 3 timed rounds after one warm-up round; modes interleaved)
# Needs: poppler-utils for pdftotext and pdfinfo (apt-get install poppler-utils); without it the pdftotext
# columns stay empty. apt-get and dpkg-deb for the real PDFs (without them, or offline, they are left out).
# Results: printed and written to target/bench/extraction-results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-3}"
CORPUS=target/bench/corpus
DEBS=target/bench/debs

command -v pdftotext >/dev/null || echo "pdftotext not found (apt-get install poppler-utils): PDFs are compared with Tika only" >&2

# Real PDFs: manuals shipped as PDF in Debian's documentation packages (bookworm), fetched with apt-get download
# (the package archive is reachable where Maven Central is) and unpacked with dpkg-deb. Licences (each package's
# /usr/share/doc/<package>/copyright): r-doc-pdf GPL-2 (R Core Team's manuals), octave-doc GPL-3+,
# ghostscript-doc AGPL-3+ (Artifex), pari-doc GPL-2+, gnuplot-doc gnuplot licence (free redistribution).
# package <TAB> path inside the package <TAB> name in the corpus
REAL_PDFS="r-doc-pdf	usr/share/R/doc/manual/fullrefman.pdf	debian-r-fullrefman.pdf
r-doc-pdf	usr/share/R/doc/manual/R-exts.pdf	debian-r-exts.pdf
r-doc-pdf	usr/share/R/doc/manual/R-intro.pdf	debian-r-intro.pdf
ghostscript-doc	usr/share/doc/ghostscript/GS9_Color_Management.pdf	debian-ghostscript-color-management.pdf
octave-doc	usr/share/doc/octave/octave.pdf	debian-octave.pdf
pari-doc	usr/share/pari/doc/users.pdf	debian-pari-users.pdf
gnuplot-doc	usr/share/doc/gnuplot/gnuplot.pdf	debian-gnuplot.pdf"

fetch_real_pdfs() {
  mkdir -p "$CORPUS" "$DEBS"
  if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "apt-get/dpkg-deb not found: the real PDFs from Debian's documentation are left out" >&2
    return 0
  fi
  local package path name deb
  while IFS=$'\t' read -r package path name; do
    [ -s "$CORPUS/$name" ] && continue
    deb=$(ls "$DEBS/${package}"_*.deb 2>/dev/null | head -n 1 || true)
    if [ -z "$deb" ]; then
      if ! (cd "$DEBS" && apt-get download "$package" >/dev/null 2>&1); then
        echo "could not download $package (offline? try apt-get update): $name left out" >&2
        continue
      fi
      deb=$(ls "$DEBS/${package}"_*.deb | head -n 1)
    fi
    if ! dpkg-deb --fsys-tarfile "$deb" | tar -xO "./$path" > "$CORPUS/$name" 2>/dev/null || [ ! -s "$CORPUS/$name" ]; then
      echo "$path not found in $(basename "$deb"): $name left out" >&2
      rm -f "$CORPUS/$name"
      continue
    fi
    echo "$name from $(basename "$deb")" >> "$CORPUS/SOURCES.txt"
  done <<< "$REAL_PDFS"
}
fetch_real_pdfs

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

# the same JDK 21+ that ./mvnw picks
. .mvn/select-jdk.sh
passerelle_select_jdk
# in-process Tika logs at the same level as the worker (warnings), or logging alone would slow it down
exec "$JAVA_HOME/bin/java" -Xmx1g -Dlogback.configurationFile=org/passerelle/extraction/worker/worker-logback.xml -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    org.passerelle.extraction.ExtractionBenchmark "$CORPUS" "$ROUNDS"
