# relgraph — the two Quick start commands are `make` and `make test`.
#
# `make` installs what a fresh Debian/Ubuntu machine lacks (Graphviz's C library, libyaml,
# the DejaVu fonts that node sizes are measured with), builds relgraph, checks the default
# model and renders it to out/south-caucasus.svg.

SWIFT ?= swift
# Graphviz's library (libgvc, linked in-process), libyaml, pkg-config to find them, the font.
SYSTEM_PACKAGES := libgraphviz-dev libyaml-dev pkg-config fonts-dejavu-core
# What the tests use besides: cmark-gfm renders report.md as GitHub would.
TEST_PACKAGES := cmark-gfm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/relgraph

.PHONY: all run deps test-deps build test browser-check bench picture legibility man fuzz clean

all: run

## Install the system libraries relgraph links against, when missing (apt-get).
deps:
	@if ! command -v dpkg >/dev/null 2>&1; then \
	  pkg-config --exists libgvc yaml-0.1 || { echo "relgraph needs Graphviz (libgvc) and libyaml development files; install them with your package manager"; exit 1; }; \
	else \
	  missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing:$$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	  fi; \
	fi

## The tests' own tools (cmark-gfm), when missing; a test that needs one says so when it is absent.
test-deps:
	@if command -v dpkg >/dev/null 2>&1; then \
	  missing=""; for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing:$$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release --product relgraph --static-swift-stdlib

## The main job: check the default model and draw it.
run: build
	$(RELEASE) check graphs/south-caucasus.yaml
	$(RELEASE) render

## Every test (Swift Testing), after installing what is missing.
test: deps test-deps
	$(SWIFT) test

## A shipped scenario's report.html, a diff's and timeline.html opened in headless Chromium and
## screenshotted to out/browser-check/*.png (installs Chromium when missing; look at them).
browser-check: build
	@command -v chromium >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1 || { echo "Installing chromium"; $(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null || echo "could not install chromium"; }
	.ci/browser-check

## Regenerate the pictures the README shows.
picture: build
	$(RELEASE) render graphs/south-caucasus.yaml -o docs/south-caucasus.svg --force
	$(RELEASE) render graphs/south-caucasus.yaml --at 2023-06-01 -o docs/south-caucasus-2023.svg --force

## How the pictures read in a report (docs/pictures.md): the README's figure, the same at
## --width 16cm, a focus picture, a timeline frame, every shipped scenario's pictures and the
## focus pictures (changes.svg) of a shock to two synthetic models, drawn
## into out/legibility/ and measured by svg-legibility (a tool beside the project, never run by
## the project itself) at 25 cm for the overview and 16 cm for the rest.
LEGIBILITY ?= ../shared/tools/svg-legibility
LEGIBLE := out/legibility
legibility: build
	@test -x "$(LEGIBILITY)" || { echo "$(LEGIBILITY) not found: set LEGIBILITY=path/to/svg-legibility"; exit 1; }
	@python3 -c "import PIL" >/dev/null 2>&1 || { echo "Installing Pillow (svg-legibility's exact text widths)"; \
	  { command -v apt-get >/dev/null 2>&1 && $(SUDO) apt-get install -y -qq --no-install-recommends python3-pil >/dev/null 2>&1; } || \
	  python3 -m pip install -q pillow >/dev/null 2>&1 || echo "Pillow could not be installed: svg-legibility guesses text widths"; }
	rm -rf $(LEGIBLE) && mkdir -p $(LEGIBLE)
	$(RELEASE) render graphs/south-caucasus.yaml -o $(LEGIBLE)/overview.svg
	$(RELEASE) render graphs/south-caucasus.yaml --width 16cm -o $(LEGIBLE)/overview-16cm.svg
	$(RELEASE) render graphs/south-caucasus.yaml --focus Armenia --depth 1 --width 16cm -o $(LEGIBLE)/focus-armenia-16cm.svg
	$(RELEASE) timeline graphs/south-caucasus.yaml --from 2023 --to 2025-10 --every 1y --width 16cm --out $(LEGIBLE)/timeline >/dev/null
	$(RELEASE) scenario scenarios/*.yaml --width 16cm --out $(LEGIBLE)/scenarios >/dev/null
	$(RELEASE) generate --actors 40 --ties 120 --seed 3 -o $(LEGIBLE)/synthetic-40.yaml
	$(RELEASE) generate --actors 150 --ties 600 --seed 11 -o $(LEGIBLE)/synthetic-150.yaml
	$(RELEASE) scenario --graph $(LEGIBLE)/synthetic-40.yaml --remove Keba --out $(LEGIBLE)/synthetic-40 >/dev/null
	$(RELEASE) scenario --graph $(LEGIBLE)/synthetic-150.yaml --remove Keba --out $(LEGIBLE)/synthetic-150 >/dev/null
	@echo "--- at 25 cm (a landscape page)"
	@$(LEGIBILITY) --column-cm 25 $(LEGIBLE)/overview.svg
	@echo "--- at 16 cm (a report's column)"
	@$(LEGIBILITY) --column-cm 16 $(LEGIBLE)/overview.svg $(LEGIBLE)/overview-16cm.svg $(LEGIBLE)/focus-armenia-16cm.svg \
	  $(LEGIBLE)/timeline/frame-2025-10-01.svg $(LEGIBLE)/scenarios/*/*.svg
	@echo "--- changes.svg at 16 cm: every shipped scenario, and a shock to two synthetic models"
	@$(LEGIBILITY) --column-cm 16 $(LEGIBLE)/scenarios/*/changes.svg $(LEGIBLE)/synthetic-*/*/changes.svg

## Speed ratios against Graphviz's programs, PyYAML, NetworkX, igraph and NetworKit, on synthetic models (docs/benchmarks.md).
## The graph-measure peers come from PyPI (pip) when missing; one that cannot be installed is left out.
MEASURE_PEERS := networkx igraph networkit
bench: build
	@command -v dot >/dev/null 2>&1 || { echo "Installing graphviz (the dot program, for comparison only)"; $(SUDO) apt-get install -y -qq graphviz >/dev/null; }
	@command -v hyperfine >/dev/null 2>&1 || { echo "Installing hyperfine (whole-process timings)"; $(SUDO) apt-get install -y -qq hyperfine >/dev/null; }
	@for peer in $(MEASURE_PEERS); do \
	  python3 -c "import $$peer" >/dev/null 2>&1 || { echo "Installing $$peer (a peer for the graph measures)"; \
	    python3 -m pip install -q $$peer >/dev/null 2>&1 || echo "$$peer could not be installed: make bench leaves it out"; }; \
	done
	.ci/bench

## The manual page, out/relgraph.1, from the command's own help (swift-argument-parser's
## generate-manual plugin; works offline). Read it with: man -l out/relgraph.1
man: deps
	$(SWIFT) package generate-manual --configuration debug --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)"
	mkdir -p out
	cp .build/plugins/GenerateManual/outputs/relgraph/relgraph.1 out/relgraph.1
	@echo out/relgraph.1

## Fuzz model and scenario loading, DOT quoting, CSV and DOT import with libFuzzer + AddressSanitizer, FUZZ_SECONDS (60) each;
## built apart from SwiftPM (Tests/Fuzz/fuzz.sh). A new target: Tests/Fuzz/<name>.swift, its
## seeds in Tests/Fuzz/corpus/<name>/, and its name on the next line.
FUZZ_TARGETS := model scenario dot-quoting csv-import dot-import
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS="$(FUZZ_SECONDS)" Tests/Fuzz/fuzz.sh $(FUZZ_TARGETS)

clean:
	rm -rf .build out
