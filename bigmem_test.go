package berita

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The big-input tests parse pathological pages (markdown's big_test.go does
// the same for its parser): they must come back, with a documented error at
// most, and must not hold on to memory out of proportion to the input. They
// check memory, never time, so a slow machine cannot fail them.

// bigPage returns an article page whose body repeats numbered paragraphs
// (with a quote every tenth) until the page is at least size bytes.
func bigPage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString(`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<title>Banjir Rob Rendam Pesisir Semarang Utara</title>
<meta property="og:title" content="Banjir Rob Rendam Pesisir Semarang Utara">
<meta property="article:published_time" content="2025-08-14T09:12:44+07:00">
</head>
<body>
<article>
<h1>Banjir Rob Rendam Pesisir Semarang Utara</h1>
<div class="read__content">
<p><strong>SEMARANG, KOMPAS.com</strong> - Banjir rob setinggi 40 sentimeter merendam tiga kelurahan di Semarang Utara.</p>
`)
	for i := 0; b.Len() < size; i++ {
		if i%10 == 9 {
			fmt.Fprintf(&b, "<p>\"Pompa ke-%d sudah kami nyalakan sejak pagi, tetapi air laut terus masuk,\" kata Lurah Tanjung Mas, Budi Santoso.</p>\n", i)
			continue
		}
		fmt.Fprintf(&b, "<p>Warga di blok %d mengungsi ke balai kelurahan, sementara petugas menambah karung pasir di sepanjang tanggul yang retak.</p>\n", i)
	}
	b.WriteString("</div>\n</article>\n</body>\n</html>\n")
	return b.Bytes()
}

// manyParagraphs returns a page of n short <p> paragraphs.
func manyParagraphs(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html lang=\"id\"><head><title>Seratus Ribu Paragraf</title></head><body><article><h1>Seratus Ribu Paragraf</h1><div class=\"content\">\n")
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraf %d: harga beras di pasar induk turun, kata pedagang.</p>\n", i)
	}
	b.WriteString("</div></article></body></html>\n")
	return b.Bytes()
}

// deepDivs returns a page with one paragraph inside n nested <div>s.
func deepDivs(n int) []byte {
	return []byte("<!DOCTYPE html>\n<html lang=\"id\"><head><title>Sangat Dalam</title></head><body>" +
		strings.Repeat("<div>", n) +
		"<p>Jakarta - Paragraf ini berada di dalam seratus ribu div bersarang, dan tetap harus terbaca.</p>" +
		strings.Repeat("</div>", n) +
		"</body></html>\n")
}

// longParagraph returns a page whose body is one paragraph of size bytes.
func longParagraph(size int) []byte {
	sentence := "Harga beras di pasar induk turun, kata pedagang, karena panen raya datang lebih awal. "
	text := strings.Repeat(sentence, size/len(sentence)+1)[:size]
	return []byte("<!DOCTYPE html>\n<html lang=\"id\"><head><title>Satu Paragraf Panjang</title></head><body><article><h1>Satu Paragraf Panjang</h1><div class=\"content\"><p>" +
		text + "</p></div></article></body></html>\n")
}

// parseMeasured parses page with p and reports what it allocated in all
// (TotalAlloc) and what stays in use while the Article is kept (HeapInuse
// growth), both after a garbage collection.
func parseMeasured(t *testing.T, p *Parser, page []byte) (a *Article, heapGrowth int64, err error) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err = p.ParseHTML(bytes.NewReader(page))
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(a)
	heapGrowth = int64(after.HeapInuse) - int64(before.HeapInuse)
	total := after.TotalAlloc - before.TotalAlloc
	t.Logf("input %d bytes: TotalAlloc %d bytes (%.1f× input), HeapInuse growth %d bytes (%.2f× input), err %v",
		len(page), total, float64(total)/float64(len(page)), heapGrowth, float64(heapGrowth)/float64(len(page)), err)
	return a, heapGrowth, err
}

// maxHeapPerInputByte bounds the heap an Article keeps in use after a parse:
// less than 4 bytes per input byte. The text kept is at most the input
// itself (about 1×), plus the Quotes and Dates that copy parts of it and the
// slack of growing slices; 4× leaves room for those and flags a parser that
// keeps its token stream, a tree or its input after returning.
const maxHeapPerInputByte = 4

// raceEnabled is set by race_test.go under -race. The big inputs are parsed
// on one goroutine, so the race detector has nothing to find in them, and it
// turns seconds and hundreds of MB into a minute and several GB.
var raceEnabled bool

func TestBigInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs take a few seconds and hundreds of MB; skipped under -short")
	}
	if raceEnabled {
		t.Skip("big inputs are parsed on one goroutine; skipped under -race")
	}
	for _, tc := range []struct {
		name string
		p    *Parser
		page func() []byte
		// paras is the least number of paragraphs the Article must have.
		paras int
	}{
		// No paragraph or quote limit: memory must follow what is kept, all of it.
		{"50MB", &Parser{MaxBytes: 64 << 20, MaxParagraphs: -1, MaxQuotes: -1}, func() []byte { return bigPage(50 << 20) }, 100_000},
		{"100k-paragraphs", &Parser{MaxParagraphs: -1}, func() []byte { return manyParagraphs(100_000) }, 100_000},
		{"100k-deep-divs", new(Parser), func() []byte { return deepDivs(100_000) }, 0},
		{"1MB-paragraph", new(Parser), func() []byte { return longParagraph(1 << 20) }, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := tc.page()
			a, heap, err := parseMeasured(t, tc.p, page)
			if err != nil {
				require.True(t, errors.Is(err, ErrNotArticle) || errors.Is(err, ErrNoContent), "ParseHTML: %v", err)
			}
			require.NotNil(t, a)
			t.Logf("%d paragraphs, %d quotes, %d dates", len(a.Paragraphs), len(a.Quotes), len(a.Dates))
			assert.GreaterOrEqual(t, len(a.Paragraphs), tc.paras)
			assert.Less(t, heap, int64(maxHeapPerInputByte*len(page)),
				"heap in use after the parse, with the Article kept, is not proportional to the input")
			runtime.KeepAlive(page)
		})
	}
}
