package berita

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// A brokenCase is an input that is not a well-formed article page. Each one
// must give an Article or an error of berita's, never a panic.
type brokenCase struct {
	name  string
	html  bool // ParseHTML; else ParseText
	big   bool // costly: skipped under -short, and a benchmark
	deep  bool // deeply nested: parsed with a small stack limit
	p     *Parser
	in    func() []byte
	check func(t testing.TB, a *Article, err error)
}

// body is Indonesian running text with curly quotes, enough for an article.
const body = `<p>JAKARTA, KOMPAS.com - Pemerintah menaikkan harga beras di pasar induk mulai pekan depan, menurut keterangan resmi yang diterima wartawan di Jakarta.</p>
<p>“Kami sudah menghitung dampaknya bagi konsumen di daerah,” kata Direktur Distribusi Perum Bulog Ratna Sari Dewi, Senin (2/12/2024).</p>
<p>Menurut dia, kenaikan itu tidak akan terasa di tingkat pengecer karena stok di gudang masih mencukupi hingga akhir tahun ini, sementara pasokan dari daerah terus berdatangan.</p>
`

func page(head, body string) []byte {
	return []byte("<!DOCTYPE html><html><head>" + head + "<title>Harga beras naik</title></head><body><article>" + body + "</article></body></html>")
}

func repeat(s string, n int) func() []byte {
	return func() []byte { return bytes.Repeat([]byte(s), n) }
}

func nested(open, close string, n int) func() []byte {
	return func() []byte {
		return []byte(strings.Repeat(open, n) + body + strings.Repeat(close, n))
	}
}

// wantText checks that the body holds s.
func wantText(s string) func(testing.TB, *Article, error) {
	return func(t testing.TB, a *Article, err error) {
		require.NotNil(t, a, "error %v", err)
		var all []string
		for _, p := range a.Paragraphs {
			all = append(all, p.Text)
		}
		assert.Contains(t, strings.Join(all, "\n"), s)
	}
}

func wantErr(target error) func(testing.TB, *Article, error) {
	return func(t testing.TB, a *Article, err error) {
		assert.ErrorIs(t, err, target)
	}
}

func utf16Bytes(s string, big bool) []byte {
	u := utf16.Encode([]rune("\uFEFF" + s))
	out := make([]byte, 0, 2*len(u))
	for _, c := range u {
		if big {
			out = append(out, byte(c>>8), byte(c))
		} else {
			out = append(out, byte(c), byte(c>>8))
		}
	}
	return out
}

func readTestdata(t testing.TB, name string) []byte {
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return b
}

func brokenCases(t testing.TB) []brokenCase {
	random := func(n int) []byte {
		r := rand.New(rand.NewSource(7))
		b := make([]byte, n)
		r.Read(b)
		return b
	}
	cases := []brokenCase{
		{name: "empty", html: true, in: repeat("", 0), check: wantErr(ErrNoContent)},
		{name: "empty-text", in: repeat("", 0), check: wantErr(ErrNoContent)},
		{name: "whitespace", html: true, in: repeat(" \n\t\r\u00a0", 100)},
		{name: "whitespace-text", in: repeat(" \n\t\r\u00a0\u200b", 100), check: wantErr(ErrNoContent)},
		{name: "random", html: true, in: func() []byte { return random(64 << 10) }},
		{name: "random-text", in: func() []byte { return random(64 << 10) }},
		{name: "invalid-utf8", html: true, in: func() []byte { return page(`<meta charset="utf-8">`, strings.ReplaceAll(body, "a", "\xc3\x28\xff")) }},
		{name: "invalid-utf8-text", in: func() []byte { return []byte(strings.ReplaceAll(body, "a", "\xed\xa0\x80")) }},
		{name: "nul", html: true, in: func() []byte { return page("", strings.ReplaceAll(body, " ", "\x00")) }},
		{name: "nul-text", in: func() []byte { return []byte(strings.ReplaceAll(body, " ", " \x00")) }},
		{name: "unclosed", html: true, in: func() []byte {
			return []byte(`<html><head><title>Judul<meta property="og:title" content="x"><body><div class="read__content"><p>` +
				strings.ReplaceAll(body, "</p>", "") + `<a href="/x">Baca juga: Judul lain<b><i><table><tr><td>sel`)
		}},
		{name: "unclosed-comment", html: true, in: func() []byte { return page("", body+"<!-- "+body) }},
		{name: "unclosed-script", html: true, in: func() []byte { return page("", body+"<script>var x = '"+body) }},
		{name: "only-scripts", html: true, in: repeat(`<script>document.write("<p>Bukan teks artikel, kata dia.</p>");</script>`+"\n", 200)},
		{name: "html-as-text", in: func() []byte { return readTestdata(t, "kompas-2025.html") }},
		{name: "text-as-html", html: true, in: func() []byte { return readTestdata(t, "tribunnews-lines.txt") }},
		// KapanLagi declares iso-8859-1 and serves UTF-8.
		{name: "charset-lies", html: true, in: func() []byte { return page(`<meta charset="iso-8859-1">`, body) },
			check: wantText("“Kami sudah menghitung dampaknya bagi konsumen di daerah,” kata")},
		{name: "windows-1252", html: true,
			in: func() []byte {
				b := page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, body)
				b = bytes.ReplaceAll(b, []byte("“"), []byte{0x93})
				return bytes.ReplaceAll(b, []byte("”"), []byte{0x94})
			},
			check: wantText("“Kami sudah menghitung dampaknya bagi konsumen di daerah,” kata")},
		{name: "utf16le", html: true, in: func() []byte { return utf16Bytes(string(page("", body)), false) },
			check: wantText("“Kami sudah menghitung dampaknya bagi konsumen di daerah,” kata")},
		{name: "utf16be", html: true, in: func() []byte { return utf16Bytes(string(page("", body)), true) },
			check: wantText("“Kami sudah menghitung dampaknya bagi konsumen di daerah,” kata")},

		{name: "deep-div", html: true, big: true, deep: true, in: nested("<div>", "</div>", 100_000), check: wantText("Kami sudah menghitung")},
		{name: "deep-b", html: true, big: true, deep: true, in: nested("<b>", "</b>", 100_000)},
		{name: "deep-a", html: true, big: true, deep: true, in: nested(`<a href="/x">`, "</a>", 100_000)},
		{name: "deep-table", html: true, big: true, deep: true, in: nested("<table>", "</table>", 100_000)},
		{name: "deep-h1", html: true, big: true, deep: true, in: func() []byte {
			return []byte(strings.Repeat("<h1>", 100_000) + strings.Repeat(body, 2000))
		}},
		{name: "date-chain", big: true, deep: true, in: func() []byte {
			return []byte("Acara digelar " + strings.Repeat("1 Mei - ", 1_000_000) + "2 Juni 2025 di Jakarta.")
		}},
		{name: "deep-json-ld", html: true, big: true, deep: true, in: func() []byte {
			ld := `{"@type":"NewsArticle","headline":"Judul","author":` + strings.Repeat("[", 9_000) + `"Budi"` + strings.Repeat("]", 9_000) +
				`,"@graph":` + strings.Repeat(`[{"@graph":`, 5_000) + "[]" + strings.Repeat("}]", 5_000) + "}"
			return page(`<script type="application/ld+json">`+ld+`</script>`, body)
		}},
		{name: "50MB", html: true, big: true, in: func() []byte { return page("", strings.Repeat(body, 50<<20/len(body)+1)) },
			check: wantErr(ErrTooLarge)},
		{name: "50MB-text", big: true, in: func() []byte { return []byte(strings.Repeat(body, 50<<20/len(body)+1)) },
			check: wantErr(ErrTooLarge)},
		{name: "50MB-64MiB-limit", html: true, big: true, p: &Parser{MaxBytes: 64 << 20},
			in: func() []byte { return page("", strings.Repeat(body, 50<<20/len(body)+1)) },
			check: func(t testing.TB, a *Article, err error) {
				require.NoError(t, err)
				assert.Len(t, a.Paragraphs, DefaultMaxParagraphs)
				assert.Len(t, a.Quotes, DefaultMaxQuotes)
			}},
		{name: "1MB-paragraph", html: true, big: true, in: func() []byte {
			return page("", "<p>"+strings.Repeat("Kata demi kata, kalimat tanpa akhir ", 1<<20/36)+"</p>")
		}},
		{name: "1MB-paragraph-text", big: true, in: repeat("Kata demi kata, kalimat tanpa akhir ", 1<<20/36)},
		{name: "baca-juga-lines", big: true, in: func() []byte {
			var b bytes.Buffer
			for i := range 100_000 {
				fmt.Fprintf(&b, "Baca juga: Judul berita nomor %d\n", i)
			}
			return b.Bytes()
		}},
		{name: "baca-juga-lines-html", html: true, big: true, in: func() []byte {
			var b bytes.Buffer
			for i := range 100_000 {
				fmt.Fprintf(&b, "<p>Baca juga: <a href=\"/berita/%d\">Judul berita nomor %d</a></p>\n", i, i)
			}
			return page("", body+b.String())
		}},
	}
	for _, file := range []string{"kompas-2025.html", "detik-2024.html"} {
		for n := 1 << 10; n < len(readTestdata(t, file)); n += 1 << 10 {
			cases = append(cases, brokenCase{name: fmt.Sprintf("%s-cut-%d", file, n), html: true,
				in: func() []byte { return readTestdata(t, file)[:n] }})
		}
	}
	return cases
}

func (c *brokenCase) parse(in []byte) (*Article, error) {
	p := c.p
	if p == nil {
		p = &Parser{Now: goldenNow}
	}
	if c.html {
		return p.ParseHTML(bytes.NewReader(in))
	}
	return p.ParseText(string(in))
}

// TestBroken parses broken inputs. The big ones are skipped under -short;
// they log their time and memory but assert neither, as a machine's speed
// is no test of the code: the benchmarks measure them.
func TestBroken(t *testing.T) {
	for _, c := range brokenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			if c.big && testing.Short() {
				t.Skip("big input")
			}
			in := c.in()
			if !c.big {
				checkParse(t, func() (*Article, error) { return c.parse(in) })
			}
			if c.deep {
				// No recursion: a parse of 100,000 nested elements fits a small stack.
				defer debug.SetMaxStack(debug.SetMaxStack(4 << 20))
			}
			runtime.GC()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			start := time.Now()
			a, err := c.parse(in)
			elapsed := time.Since(start)
			runtime.ReadMemStats(&m1)
			if c.big {
				t.Logf("%d bytes in %v: %d MiB allocated in %d allocations, heap %d MiB; error %v",
					len(in), elapsed.Round(time.Millisecond), (m1.TotalAlloc-m0.TotalAlloc)>>20, m1.Mallocs-m0.Mallocs, m1.HeapAlloc>>20, err)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "berita: ") {
				t.Errorf("error %q does not start with \"berita: \"", err)
			}
			if a != nil {
				checkArticle(t, a)
			}
			if c.check != nil {
				c.check(t, a, err)
			}
		})
	}
}

func BenchmarkBroken(b *testing.B) {
	for _, c := range brokenCases(b) {
		if strings.Contains(c.name, "-cut-") {
			continue
		}
		b.Run(c.name, func(b *testing.B) {
			in := c.in()
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				c.parse(in)
			}
		})
	}
}

// TestTooLarge checks that both parsers refuse an input past MaxBytes with
// an error that matches ErrTooLarge, and take one at the limit.
func TestTooLarge(t *testing.T) {
	p := &Parser{MaxBytes: int64(len(body))}
	_, err := p.ParseText(body + "x")
	assert.True(t, errors.Is(err, ErrTooLarge), "ParseText: %v", err)
	_, err = p.ParseHTML(strings.NewReader(body + "x"))
	assert.True(t, errors.Is(err, ErrTooLarge), "ParseHTML: %v", err)
	_, err = p.ParseText(body)
	assert.NoError(t, err)
	_, err = p.ParseHTML(strings.NewReader(body))
	assert.False(t, errors.Is(err, ErrTooLarge), "ParseHTML: %v", err)
}

// TestLimits checks MaxParagraphs and MaxQuotes: zero is the default, a
// limit drops what is past it, a negative value keeps everything.
func TestLimits(t *testing.T) {
	in := strings.Repeat("“Kami siap bekerja keras untuk semua warga,” kata Budi di Jakarta.\n", 30)
	for _, tt := range []struct {
		p             Parser
		paras, quotes int
		truncated     bool
	}{
		{Parser{}, 30, 30, false},
		{Parser{MaxParagraphs: 5}, 5, 5, true},
		{Parser{MaxParagraphs: 30}, 30, 30, false},
		{Parser{MaxQuotes: 3}, 30, 3, true},
		{Parser{MaxQuotes: 30}, 30, 30, false},
		{Parser{MaxParagraphs: -1, MaxQuotes: -1}, 30, 30, false},
	} {
		a, err := tt.p.ParseText(in)
		require.NoError(t, err)
		assert.Len(t, a.Paragraphs, tt.paras, "%+v", tt.p)
		assert.Len(t, a.Quotes, tt.quotes, "%+v", tt.p)
		assert.Equal(t, tt.truncated, a.Truncated, "%+v", tt.p)
		checkArticle(t, a)
	}
}

// TestNotText feeds both parsers binary data: they say so instead of
// making mojibake paragraphs of it. Text in the encodings pages use is not
// binary.
func TestNotText(t *testing.T) {
	random := make([]byte, 20<<10)
	var x uint32 = 2463534242
	for i := range random {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		random[i] = byte(x)
	}
	binary := map[string][]byte{
		"random bytes": random,
		"PDF":          []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
		"PNG":          []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"ZIP":          []byte("PK\x03\x04\x14\x00\x06\x00word/document.xml"),
		"NUL bytes":    []byte("Jakarta\x00\x00\x00\x01\x02 ada teks di sini"),
	}
	for name, b := range binary {
		_, err := ParseText(string(b))
		assert.ErrorIs(t, err, ErrNotText, "ParseText: %s", name)
		_, err = ParseHTML(bytes.NewReader(b))
		assert.ErrorIs(t, err, ErrNotText, "ParseHTML: %s", name)
	}
	texts := map[string]string{
		"windows-1252": "JAKARTA, KOMPAS.com - \x93Stoknya cukup sampai akhir tahun,\x94 kata Menteri Perdagangan Budi Santoso.\nPemerintah menambah kuota beras murah untuk warga di seluruh provinsi.",
		"form feeds":   "Halaman satu berisi berita tentang banjir di Jakarta.\f\nHalaman dua berisi lanjutan berita tentang banjir itu.",
		"UTF-16":       "\xff\xfe<\x00p\x00>\x00",
	}
	for name, s := range texts {
		assert.False(t, isBinary(s), name)
	}
}

// TestTextWindows1252 parses a text saved in windows-1252: its curly
// quotes are read as quotation marks, not lost to U+FFFD, and the quote
// with them.
func TestTextWindows1252(t *testing.T) {
	a, err := ParseText("JAKARTA, KOMPAS.com - Pemerintah menambah kuota beras murah untuk warga di seluruh provinsi.\n" +
		"\x93Stoknya cukup sampai akhir tahun,\x94 kata Menteri Perdagangan Budi Santoso.\n" +
		"Harga beras di pasar induk turun Rp 500 per kilogram sejak pekan lalu, menurut data dinas.")
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 3)
	assert.Equal(t, "“Stoknya cukup sampai akhir tahun,” kata Menteri Perdagangan Budi Santoso.", a.Paragraphs[1].Text)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "Menteri Perdagangan Budi Santoso", a.Quotes[0].Speaker)
	for _, p := range a.Paragraphs {
		assert.NotContains(t, p.Text, "\uFFFD")
	}
}

// TestStripMarkup checks that only real markup leaves a text: addresses in
// angle brackets and comparisons stay, tags and tags cut off by the end of
// the line go.
func TestStripMarkup(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Hubungi redaksi di <redaksi@kompas.com> atau <https://kompas.com>", "Hubungi redaksi di <redaksi@kompas.com> atau <https://kompas.com>"},
		{"a<b dan c>d", "a<b dan c>d"},
		{"x < y dan y > z", "x < y dan y > z"},
		{"<p>Teks <b>tebal</b> dan <i>miring</i>.</p>", " Teks  tebal  dan  miring . "},
		{`Baca <a href="https://www.kompas.com/read/1" target=_blank>di sini</a>`, "Baca  di sini "},
		{`<div itemprop="author" itemscope class='author'>Oleh : Nama</div>`, " Oleh : Nama "},
		{"baris<br/>baru<BR>lagi", "baris baru lagi"},
		{`<td nowrap>sel</td>`, " sel "},
		{`Top 10 <a href="http://gaya.tempo.co/read/news/2015/11/11`, "Top 10 "},
		{"<span class=", ""},
		{"<table>1<2</table>", " 1<2 "},
		{"<bukan tag>", "<bukan tag>"},
		{"</p dan>", "</p dan>"},
	} {
		assert.Equal(t, tt.want, stripMarkup(tt.in), "stripMarkup(%q)", tt.in)
	}
	a, err := ParseText("Warga bisa melapor lewat surel <pengaduan@jakarta.go.id> atau laman <https://lapor.go.id> setiap hari kerja.\n" +
		"Petugas menjawab laporan dalam tiga hari, kata kepala dinas kepada wartawan di Balai Kota.")
	require.NoError(t, err)
	assert.Equal(t, "Warga bisa melapor lewat surel <pengaduan@jakarta.go.id> atau laman <https://lapor.go.id> setiap hari kerja.", a.Paragraphs[0].Text)
}

// TestBodyLanguage checks that the language comes from the body's words,
// with the markup's only where the body cannot tell: too short, or mixed.
func TestBodyLanguage(t *testing.T) {
	id := "Pemerintah akan menambah kuota beras murah untuk warga yang tinggal di daerah terpencil, dan stok itu sudah disiapkan oleh Bulog sejak bulan lalu."
	en := "The government said it will add to the quota of cheap rice for residents who live in remote areas, and the stock has been prepared by the agency."
	for _, tt := range []struct {
		body, markup, want string
	}{
		{id + " " + id, "en", "id"},
		{en + " " + en, "", "en"},
		{en + " " + en, "id", "en"},
		{"Banjir di Jakarta.", "en", "en"},
		{"Flood in Jakarta.", "", ""},
		{id + " " + en, "en", "en"},
		{id + " " + en, "id", "id"},
	} {
		bt, _ := tokenizeInto(nil, []Paragraph{{Text: tt.body}})
		assert.Equal(t, tt.want, bt.lang.language(tt.markup), "%.40q with markup %q", tt.body, tt.markup)
	}
	a, err := ParseHTML(strings.NewReader(`<html lang="en"><head><title>Beras Murah Ditambah</title>
<meta property="article:published_time" content="2026-03-02T10:00:00+07:00"></head><body><h1>Beras Murah Ditambah</h1>
<article><p>` + id + `</p><p>` + id + `</p><p>` + id + `</p></article></body></html>`))
	require.NoError(t, err)
	assert.Equal(t, "id", a.Language, "an Indonesian page that says lang=en")
}

// TestCharsetHint checks Parser.Charset, the charset an HTTP header names:
// it decodes a page that declares none and is not UTF-8, and gives way to
// the page's own BOM or meta charset and to bytes that are valid UTF-8.
func TestCharsetHint(t *testing.T) {
	body := `<title>Kafe Baru di Blok M</title></head><body><h1>Kafe Baru di Blok M</h1>
<article><p>Sebuah kafe baru dibuka di Blok M, Jakarta Selatan, dengan menu café au lait dan kue tradisional.</p>
<p>Pemiliknya mengatakan kafe itu buka setiap hari mulai pukul tujuh pagi hingga sepuluh malam.</p>
<p>Pengunjung yang datang pada pekan pertama mendapat potongan harga untuk semua minuman, termasuk teh dan kopi tubruk.</p>
<p>Kafe itu menempati bekas toko buku yang sudah tutup sejak tiga tahun lalu, di lantai dasar sebuah gedung tua.</p></article>
<time datetime="2026-01-05T09:00:00+07:00"></time></body></html>`
	enc := func(e *charmap.Charmap, s string) string {
		b, err := e.NewEncoder().String(s)
		require.NoError(t, err)
		return b
	}
	const want = "Sebuah kafe baru dibuka di Blok M, Jakarta Selatan, dengan menu café au lait dan kue tradisional."
	for _, tt := range []struct {
		name, page, hint, want string
	}{
		{"Latin-1, header only", enc(charmap.ISO8859_1, "<html><head>"+body), "iso-8859-1", want},
		{"Latin-1, no header", enc(charmap.ISO8859_1, "<html><head>"+body), "", want},
		{"KOI8-R by header", enc(charmap.KOI8R, "<html><head>"+strings.ReplaceAll(body, "café", "кафе")), "koi8-r", strings.ReplaceAll(want, "café", "кафе")},
		{"KOI8-R, no header: read as windows-1252", enc(charmap.KOI8R, "<html><head>"+strings.ReplaceAll(body, "café", "кафе")), "", strings.ReplaceAll(want, "café", "ËÁÆÅ")},
		{"meta wins", enc(charmap.ISO8859_1, `<html><head><meta charset="iso-8859-1">`+body), "koi8-r", want},
		{"valid UTF-8 wins", "<html><head>" + body, "koi8-r", want},
		{"unknown label", enc(charmap.ISO8859_1, "<html><head>"+body), "x-martian", want},
	} {
		a, err := (&Parser{Charset: tt.hint}).ParseHTML(strings.NewReader(tt.page))
		require.NoError(t, err, tt.name)
		require.NotEmpty(t, a.Paragraphs, tt.name)
		assert.Equal(t, tt.want, a.Paragraphs[0].Text, tt.name)
	}
}

func TestIsHTML(t *testing.T) {
	for in, want := range map[string]bool{
		"<!DOCTYPE html><html>":                  true,
		"\xef\xbb\xbf\n  <html lang=\"id\">":     true,
		"<!-- saved from url -->":                true,
		"<?xml version=\"1.0\"?><html>":          true,
		"<div><p>Teks</p></div>":                 true,
		"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00": true,
		"JAKARTA, KOMPAS.com - Teks berita.":     false,
		"<redaksi@kompas.com> menerima surat.":   false,
		"":                                       false,
	} {
		assert.Equal(t, want, IsHTML([]byte(in)), "%q", in)
	}
}

// TestParse checks that Parse sends a page to ParseHTML and a text to
// ParseText, with the Parser's limits.
func TestParse(t *testing.T) {
	for _, file := range []string{"testdata/kompas-2025.html", "testdata/tribunnews-lines.txt"} {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		var want *Article
		if strings.HasSuffix(file, ".html") {
			want, err = ParseHTML(bytes.NewReader(b))
		} else {
			want, err = ParseText(string(b))
		}
		require.NoError(t, err)
		got, err := Parse(bytes.NewReader(b))
		require.NoError(t, err, file)
		assert.Equal(t, want, got, file)
		_, err = (&Parser{MaxBytes: int64(len(b) - 1)}).Parse(bytes.NewReader(b))
		assert.ErrorIs(t, err, ErrTooLarge, file)
	}
}

// TestCanonicalURL checks that the address a page states for itself is the
// Article's URL, ahead of the one it was fetched from, and that relative
// links still resolve against the fetched one.
func TestCanonicalURL(t *testing.T) {
	page := func(head string) string {
		return `<html><head><title>Kafe Baru di Blok M</title>` + head + `
<meta property="article:published_time" content="2026-01-05T09:00:00+07:00"></head><body><h1>Kafe Baru di Blok M</h1><article>
<p>Sebuah kafe baru dibuka di Blok M, Jakarta Selatan, dengan menu kopi tubruk dan kue tradisional yang dibuat setiap pagi.</p>
<p>Baca juga: <a href="../2/kafe-lama">Kafe Lama di Cikini Tutup Setelah 40 Tahun</a></p>
<p>Pemiliknya mengatakan kafe itu buka setiap hari mulai pukul tujuh pagi hingga sepuluh malam, termasuk hari libur.</p>
<p>Pengunjung yang datang pada pekan pertama mendapat potongan harga untuk semua minuman, termasuk teh dan kopi tubruk.</p>
<p>Kafe itu menempati bekas toko buku yang sudah tutup sejak tiga tahun lalu, di lantai dasar sebuah gedung tua.</p>
</article></body></html>`
	}
	const fetched = "https://m.contoh.id/read/1/kafe-baru?utm_source=fb"
	for _, tt := range []struct {
		name, head, url, want string
	}{
		{"canonical", `<link rel="canonical" href="https://www.contoh.id/read/1/kafe-baru">`, fetched, "https://www.contoh.id/read/1/kafe-baru"},
		{"og:url", `<meta property="og:url" content="https://www.contoh.id/read/1/kafe-baru">`, fetched, "https://www.contoh.id/read/1/kafe-baru"},
		{"root-relative canonical", `<link rel="canonical" href="/read/1/kafe-baru">`, fetched, "https://m.contoh.id/read/1/kafe-baru"},
		{"mirror's relative canonical, nothing fetched", `<link rel="canonical" href="kafe-baru.html">`, "", ""},
		{"none", ``, fetched, fetched},
	} {
		a, err := (&Parser{URL: tt.url}).ParseHTML(strings.NewReader(page(tt.head)))
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, a.URL, tt.name)
		if tt.url != "" {
			require.Len(t, a.Related, 1, tt.name)
			assert.Equal(t, "https://m.contoh.id/read/2/kafe-lama", a.Related[0].URL, "%s: resolved against the fetched address", tt.name)
		}
	}
}

// TestParseTextNotArticle checks that ParseText refuses a text that is not
// news, the way ParseHTML refuses an index page: a few words, no sentence,
// nothing a news text opens or closes with.
func TestParseTextNotArticle(t *testing.T) {
	for _, in := range []string{
		"Hello world",
		"Intro :\nC..Em..Am..Em..\nF..Em..F..G..\nReff :",
		"Baca juga: Harga Cabai Turun\nBaca juga: Panen Raya Dimulai",
		"menu\nberanda\nkontak kami",
		// A headline over related links, or over a menu's names, is no
		// page's text.
		"Chord Kunci Gitar dan Lirik Lagu Anak Desa - Penyanyi Kota.\n(*)\nBaca juga: Chord Lagu Satu\nBaca juga: Chord Lagu Dua",
		"Berita Terkini Hari Ini\nPolitik dan Hukum\nEkonomi dan Bisnis\nSepak Bola Dunia\nGaya Hidup\nKontak Kami",
	} {
		_, err := ParseText(in)
		assert.ErrorIs(t, err, ErrNotArticle, "%q", in)
	}
	for _, in := range []string{
		"Harga cabai di pasar induk turun tajam setelah panen raya di sejumlah sentra produksi.",
		"TRIBUNNEWS.COM - Banjir merendam tiga desa.",
		"Banjir merendam tiga desa.\nPenulis: Rina Hapsari",
		// A page's text under its headline, in short lines: a song's
		// chords and lyrics.
		"Chord Kunci Gitar dan Lirik Lagu Anak Desa - Penyanyi Kota\nIntro :\nC..Em..Am..\nReff :\nCaku rindu padamu\nAmdi tepi sawah itu\nFkau menunggu aku\nGsampai senja tiba\nCkita pulang berdua\nAmlewat jalan desa\nFtak ada yang tahu",
	} {
		a, err := ParseText(in)
		require.NoError(t, err, "%q", in)
		assert.NotEmpty(t, a.Paragraphs, "%q", in)
	}
}

// TestDeclaresUTF8 checks the shortcut past the charset prescan: only a head
// that names a charset, and names UTF-8 each time, is read as UTF-8 at once.
func TestDeclaresUTF8(t *testing.T) {
	for _, tt := range []struct {
		head string
		want bool
	}{
		{`<html><head><meta charset="utf-8">`, true},
		{`<meta charset=UTF-8><title>x</title>`, true},
		{`<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`, true},
		{`<META HTTP-EQUIV="content-type" CONTENT="text/html; CHARSET=utf8">`, true},
		{`<html><head><title>Tanpa deklarasi</title>`, false},
		{`<meta charset="windows-1252">`, false},
		{`<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, false},
		{`<script>var o = {"charset": "utf-8"};</script>`, false},
	} {
		assert.Equal(t, tt.want, declaresUTF8([]byte(tt.head)), "%s", tt.head)
	}
}
