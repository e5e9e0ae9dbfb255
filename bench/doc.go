// Package bench compares berita's speed with the bare x/net/html tokenizer,
// html.Parse, go-trafilatura and go-readability over the shared corpus.
// It is a separate module so that berita itself keeps its two dependencies;
// it has only benchmarks:
//
//	go test -bench . -count 6 | benchstat -
package bench
