# RoleGraph: two commands set everything up on a fresh Debian/Ubuntu machine.
#   make demo   installs what is missing, builds, runs the main job on seeds/, writes Output/
#   make test   installs what is missing, runs the tests
SWIFT ?= swift
BIN := .build/release/rolegraph
SEEDS := $(sort $(wildcard seeds/*.txt seeds/*.md seeds/*.html))

.PHONY: all deps build demo test bench eval clean

all: build

# The Graphviz C libraries (linked in-process) and zlib (for .gz credit files).
deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product rolegraph

demo: build
	@rm -rf Output.tmp && mkdir -p Output.tmp
	@for f in $(SEEDS); do \
	  name=$$(basename $${f%.*}); \
	  echo "rolegraph build $$f -> Output/$$name/"; \
	  $(BIN) build "$$f" --output Output.tmp/$$name --formats dot,json,svg,png || exit 1; \
	done
	@echo "rolegraph build seeds/* -> Output/all/"
	@$(BIN) build $(SEEDS) --output Output.tmp/all --formats dot,json,svg,png,pdf,graphml,gexf,mermaid --report
	@$(BIN) render Output.tmp/all/graph.json --view roles -o Output.tmp/all/roles.svg
	@$(BIN) render Output.tmp/all/graph.json --view people -o Output.tmp/all/people.svg
	@rm -rf Output && mv Output.tmp Output
	@echo "Wrote Output/"

test: deps
	$(SWIFT) test

# Speed lives here, not in the tests: extraction throughput, then the graph core at
# IMDb scale (generates 1M people / 500k titles with ../shared/tools/gen_credits.py).
bench: deps
	$(SWIFT) build -c release --package-path Benchmarks
	@echo "extraction, the project's own articles:"
	Benchmarks/.build/release/ExtractBench
	@if [ -d ../shared/corpus/dev/articles ]; then \
	  echo "extraction, real news (the development articles beside the project):"; \
	  Benchmarks/.build/release/ExtractBench ../shared/corpus/dev/articles/* ../shared/seeds/*; \
	else echo "extraction, real news: ../shared/corpus/dev is not here; skipped"; fi
	sh Benchmarks/run.sh

# Scores the extractor on the development corpus beside the project, when it is there.
eval: build
	@if [ -d ../shared/corpus/dev ]; then \
	  python3 ../shared/eval/score.py --gold ../shared/corpus/dev/gold \
	    --articles ../shared/corpus/dev/articles --cmd '$(BIN) extract {file} --format json'; \
	else echo "eval: ../shared/corpus/dev is not here; nothing to score"; fi

clean:
	rm -rf .build Output.tmp
