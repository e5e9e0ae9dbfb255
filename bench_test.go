package berita

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// benchInput is one set of benchmark inputs, read into memory.
type benchInput struct {
	name  string   // sub-benchmark name: "testdata" or "corpus"
	files [][]byte // the inputs' contents
	size  int64    // the total bytes of files: one iteration's b.SetBytes
}

// benchInputs reads the files with extension ext from testdata and, when it
// is checked out beside the repository, from ../shared/corpus.
func benchInputs(b *testing.B, ext string) []benchInput {
	b.Helper()
	var sets []benchInput
	for _, dir := range []struct{ name, path string }{
		{"testdata", "testdata"},
		{"corpus", filepath.Join(shared, "corpus")},
	} {
		if _, err := os.Stat(dir.path); err != nil {
			continue // ../shared/corpus is optional
		}
		names, err := filepath.Glob(filepath.Join(dir.path, "*"+ext))
		if err != nil {
			b.Fatal(err)
		}
		in := benchInput{name: dir.name}
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			in.files = append(in.files, data)
			in.size += int64(len(data))
		}
		if len(in.files) == 0 {
			b.Fatalf("no %s files in %s", ext, dir.path)
		}
		sets = append(sets, in)
	}
	return sets
}

// checkBenchErr fails the benchmark on an error other than the documented
// outcomes of a real page: a page that is not an article, or one with no text.
func checkBenchErr(b *testing.B, err error) {
	b.Helper()
	if err != nil && !errors.Is(err, ErrNotArticle) && !errors.Is(err, ErrNoContent) {
		b.Fatal(err)
	}
}

// BenchmarkParseHTML parses every HTML page of testdata and of the shared
// corpus once per iteration; MB/s is over the pages' raw bytes.
func BenchmarkParseHTML(b *testing.B) {
	for _, in := range benchInputs(b, ".html") {
		b.Run(in.name, func(b *testing.B) {
			for _, f := range in.files {
				_, err := ParseHTML(bytes.NewReader(f))
				checkBenchErr(b, err)
			}
			b.SetBytes(in.size)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, f := range in.files {
					ParseHTML(bytes.NewReader(f))
				}
			}
		})
	}
}

// BenchmarkParseText parses every plain-text input of testdata and of the
// shared corpus once per iteration, and, as "realtext", the real scraped
// bodies of ../shared/realtext: MB/s beside BenchmarkTokenizerBaseline's is
// ParseText's cost per byte against a bare tokenizer pass.
func BenchmarkParseText(b *testing.B) {
	sets := benchInputs(b, ".txt")
	if rt := realtextBodies(b); len(rt.files) > 0 {
		sets = append(sets, rt)
	}
	for _, in := range sets {
		texts := make([]string, len(in.files))
		for i, f := range in.files {
			texts[i] = string(f)
		}
		b.Run(in.name, func(b *testing.B) {
			for _, s := range texts {
				_, err := ParseText(s)
				checkBenchErr(b, err)
			}
			b.SetBytes(in.size)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, s := range texts {
					ParseText(s)
				}
			}
		})
	}
}

// realtextBodies reads the "text" of every JSON line of the gzipped files in
// ../shared/realtext; none when it is not checked out.
func realtextBodies(b *testing.B) benchInput {
	b.Helper()
	in := benchInput{name: "realtext"}
	names, _ := filepath.Glob(filepath.Join(shared, "realtext", "*.jsonl.gz"))
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		dec := json.NewDecoder(zr)
		for {
			var rec struct {
				Text string `json:"text"`
			}
			if err := dec.Decode(&rec); err == io.EOF {
				break
			} else if err != nil {
				b.Fatalf("%s: %v", n, err)
			}
			in.files = append(in.files, []byte(rec.Text))
			in.size += int64(len(rec.Text))
		}
		f.Close()
	}
	return in
}

// BenchmarkTokenizerBaseline is the floor under BenchmarkParseHTML: one bare
// pass of x/net/html's Tokenizer over the same pages, reading each token the
// way a minimal extractor must (Text, TagName and every TagAttr) and building
// nothing. ParseHTML's time divided by this one is what berita costs above
// tokenizing.
func BenchmarkTokenizerBaseline(b *testing.B) {
	for _, in := range benchInputs(b, ".html") {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(in.size)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, f := range in.files {
					if err := tokenizeOnly(f); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// tokenizeOnly runs the Tokenizer over page to the end, touching every token's
// text, tag name and attributes.
func tokenizeOnly(page []byte) error {
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
