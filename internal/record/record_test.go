package record

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/warctest"
)

func TestReadResponse(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>dikompres</p>"))
	zw.Close()
	tests := []struct {
		name, http string
		limit      int64
		body       string
		label      string
		err        string
	}{
		{"charset", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>x</p>", 100, "<p>x</p>", "ISO-8859-1", ""},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gz.String(), 100, "<p>dikompres</p>", "", ""},
		{"not found", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Halaman tidak ditemukan</p>", 100, "", "", "not 2xx"},
		{"redirect", "HTTP/1.1 301 Moved Permanently\r\nLocation: https://a.example/2\r\nContent-Type: text/html\r\n\r\n<a href=/2>here</a>", 100, "", "", "not 2xx"},
		{"short body", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 80\r\n\r\n<p>x</p>", 100, "<p>x</p>", "", ""},
		{"image", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", 100, "", "", "not an HTML response"},
		{"no type", "HTTP/1.1 200 OK\r\n\r\n<p>x</p>", 100, "", "", "not an HTML response"},
		{"too large", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>xxxxxxxx</p>", 5, "", "", "berita: input too large: more than 5 bytes"},
		{"brotli", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxx", 100, "", "", `berita: Content-Encoding not supported: "br"`},
		{"broken gzip", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\nxx", 100, "", "", "HTTP body: unexpected EOF"},
		{"not HTTP", "<p>x</p>", 100, "", "", "HTTP response: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := bytes.NewBufferString("left from the last record")
			label, _, err := readResponse(strings.NewReader(tt.http), tt.limit, body)
			if tt.err != "" {
				assert.ErrorContains(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.body, body.String())
			assert.Equal(t, tt.label, label)
		})
	}
}

// TestReadWARC reads an archive of every kind of record: the pages of the
// HTML responses are sent in order with their provenance, the others are
// counted by why they are skipped, a body that cannot be decoded is sent
// with its error, and a broken archive ends with an input holding the
// error.
func TestReadWARC(t *testing.T) {
	notFound := warctest.Response("https://a.example/404", "text/html", "<p>Halaman tidak ditemukan</p>").WithStatus("404 Not Found")
	dns := warctest.Record{Type: "response", URI: "dns:a.example", ContentType: "text/dns", Block: "20250901050000\na.example. 300 IN A 192.0.2.1\n"}
	brotli := warctest.Response("https://a.example/br", "text/html", "xx").WithEncoding("br")
	archive := warctest.Archive(true,
		warctest.Info(),
		warctest.Request("https://a.example/1"),
		warctest.Response("https://a.example/1", "text/html; charset=iso-8859-1", "<p>satu</p>"),
		warctest.Response("https://a.example/logo.png", "image/png", "\x89PNG"),
		dns,
		notFound,
		brotli,
		warctest.Response("https://a.example/2", "application/xhtml+xml", "<p>dua</p>"),
	)
	read := func(data []byte) ([]*Input, map[Skip]int) {
		var ins []*Input
		skips := map[Skip]int{}
		ok := ReadWARC(bytes.NewReader(data), "crawl.warc.gz", 1<<20, func(s Skip) { skips[s]++ }, func(in *Input) bool {
			ins = append(ins, in)
			return true
		})
		assert.True(t, ok)
		return ins, skips
	}
	ins, skips := read(archive)
	assert.Equal(t, map[Skip]int{NotResponse: 2, NotHTML: 2, NotOK: 1}, skips)
	require.Len(t, ins, 3)
	assert.Equal(t, "crawl.warc.gz", ins[0].Name)
	assert.Equal(t, &Provenance{URL: "https://a.example/1", Date: "2025-09-01T05:00:00Z", RecordID: "<urn:uuid:00000000-0000-4000-8000-000000000002>", Status: 200}, ins[0].WARC)
	assert.Equal(t, "iso-8859-1", ins[0].Charset)
	assert.Equal(t, "<p>satu</p>", ins[0].Page.String())
	assert.NoError(t, ins[0].Err)
	assert.Equal(t, "https://a.example/br", ins[1].WARC.URL)
	assert.ErrorIs(t, ins[1].Err, ErrEncoding)
	assert.Nil(t, ins[1].Page)
	assert.Equal(t, "<p>dua</p>", ins[2].Page.String())

	ins, _ = read(archive[:len(archive)-20])
	require.Len(t, ins, 3)
	assert.Nil(t, ins[2].WARC, "the last response is cut")
	assert.ErrorContains(t, ins[2].Err, "warc: record 8: ")

	// send stops the reading.
	n := 0
	ok := ReadWARC(bytes.NewReader(archive), "crawl.warc.gz", 1<<20, func(Skip) {}, func(*Input) bool { n++; return false })
	assert.False(t, ok)
	assert.Equal(t, 1, n)
}

// TestLine checks the statuses and records of inputs: an article, a page
// that is not one, an error, a dropped article, and the fields trimmed.
func TestLine(t *testing.T) {
	a := &berita.Article{Title: "Banjir Rob", Outlet: "Kompas.com", Paragraphs: []berita.Paragraph{{Text: "Air laut naik ke darat."}}, WordCount: 5}
	file := &Input{Name: "a.html"}
	rec := &Input{Name: "crawl.warc", WARC: &Provenance{URL: "https://a.example/1", Date: "2025-09-01T05:00:00Z", RecordID: "<urn:x>", Status: 200}}
	notArticle := errors.Join(berita.ErrNotArticle, errors.New("a list of teasers"))
	tests := []struct {
		name string
		o    Options
		in   *Input
		a    *berita.Article
		err  error
		want string
		st   Status
	}{
		{"article", Options{}, file, a, nil, `{"file":"a.html","outlet":"Kompas.com","title":"Banjir Rob",`, Parsed},
		{"WARC record", Options{Fields: map[string]bool{"title": true}}, rec, a, nil, `{"source_url":"https://a.example/1","warc_date":"2025-09-01T05:00:00Z","warc_record_id":"<urn:x>","http_status":200,"title":"Banjir Rob"}` + "\n", Parsed},
		{"not an article", Options{}, file, a, notArticle, `{"file":"a.html","error":"berita: not an article`, NotArticle},
		{"error", Options{Fields: map[string]bool{"title": true}}, file, nil, errors.New("open a.html: no such file"), `{"file":"a.html","error":"open a.html: no such file"}` + "\n", Failed},
		{"undecodable", Options{}, rec, nil, ErrEncoding, `{"source_url":"https://a.example/1",`, Undecodable},
		{"outlet", Options{Outlets: []string{"detik"}}, file, a, nil, "", Filtered},
		{"outlet, not an article", Options{Outlets: []string{"detik"}}, file, a, notArticle, "", Filtered},
		{"outlet kept", Options{Outlets: []string{"detik", "kompas"}}, file, a, nil, `{"file":"a.html"`, Parsed},
		{"min words", Options{MinWords: 6}, file, a, nil, "", Filtered},
		{"min words kept", Options{MinWords: 5}, file, a, nil, `{"file":"a.html"`, Parsed},
		{"min words, not an article", Options{MinWords: 6}, file, a, notArticle, `{"file":"a.html","error":`, NotArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, st := tt.o.Line(tt.in, tt.a, tt.err)
			assert.Equal(t, tt.st, st)
			if tt.want == "" {
				assert.Nil(t, line)
				return
			}
			assert.True(t, strings.HasPrefix(string(line), tt.want), "got %s", line)
			assert.True(t, strings.HasSuffix(string(line), "}\n"), "one line: %s", line)
			if tt.err != nil {
				assert.NotContains(t, string(line), `"title"`, "an error record has no article")
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"1048576": 1 << 20, "512KiB": 512 << 10, "64MiB": 64 << 20, "1GiB": 1 << 30,
		"2 MB": 2 << 20, "10k": 10 << 10, "3G": 3 << 30,
	} {
		got, err := ParseSize(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "0", "-5", "banyak", "5TB", "9999999999999GiB"} {
		_, err := ParseSize(in)
		assert.Error(t, err, in)
	}
}

// TestFieldList checks the -h list of fields: every field, in order, in
// lines no longer than the width.
func TestFieldList(t *testing.T) {
	list := FieldList(40)
	for _, line := range strings.Split(list, "\n") {
		assert.LessOrEqual(t, len(line), 40, "%q", line)
	}
	assert.Equal(t, strings.Join(Fields(), ", "), strings.ReplaceAll(list, "\n", " "))
}
