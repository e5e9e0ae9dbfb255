package bench

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/warta-id/berita"
	"golang.org/x/net/html"
)

// corpus is the project's shared corpus, checked out beside the repository.
var corpus = filepath.Join("..", "..", "shared", "corpus")

// systems are the extractors compared, each run over one page held in memory.
// Errors are part of a system's outcome on a page (berita's ErrNotArticle,
// trafilatura finding no content), not a failure of the benchmark.
var systems = []struct {
	name string
	run  func(page []byte) error
}{
	{"berita", func(page []byte) error {
		_, err := berita.ParseHTML(bytes.NewReader(page))
		return err
	}},
	{"tokenizer", tokenize},
	{"html.Parse", func(page []byte) error {
		_, err := html.Parse(bytes.NewReader(page))
		return err
	}},
	// The options of ../../shared/eval/peers.go, so the speed is that of the
	// output the eval scores.
	{"trafilatura", func(page []byte) error {
		_, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
		return err
	}},
	{"readability", func(page []byte) error {
		_, err := readability.FromReader(bytes.NewReader(page), nil)
		return err
	}},
}

// BenchmarkCorpus runs every system over every HTML page of the shared
// corpus once per iteration; MB/s is over the pages' raw bytes.
func BenchmarkCorpus(b *testing.B) {
	names, err := filepath.Glob(filepath.Join(corpus, "*.html"))
	if err != nil {
		b.Fatal(err)
	}
	if len(names) == 0 {
		b.Skip("../../shared/corpus is not here")
	}
	var pages [][]byte
	var size int64
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += int64(len(data))
	}
	for _, s := range systems {
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, p := range pages {
					s.run(p)
				}
			}
		})
	}
}

// tokenize is the floor: one bare pass of x/net/html's Tokenizer, reading
// each token the way a minimal extractor must (Text, TagName and every
// TagAttr) and building nothing. It is the root package's
// BenchmarkTokenizerBaseline.
func tokenize(page []byte) error {
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return err
			}
			return nil
		case html.TextToken, html.CommentToken, html.DoctypeToken:
			z.Text()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			_, more := z.TagName()
			for more {
				_, _, more = z.TagAttr()
			}
		}
	}
}
