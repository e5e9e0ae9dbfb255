package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/warctest"
)

// TestBatchWARC parses a gzipped WARC with two HTML responses (one in
// Latin-1 with the charset only in its HTTP header), an image response, a
// request and a warcinfo record.
func TestBatchWARC(t *testing.T) {
	kompas, err := os.ReadFile(filepath.Join(fixtures, "kompas-2025.html"))
	require.NoError(t, err)
	detik, err := os.ReadFile(filepath.Join(fixtures, "detik-2024.html"))
	require.NoError(t, err)
	// The detik page without its meta charset, in Latin-1, with an é.
	detikPage := strings.Replace(string(detik), "<meta charset=\"utf-8\">", "", 1)
	require.NotEqual(t, string(detik), detikPage, "the fixture declares its charset")
	detikPage = strings.Replace(detikPage, "<title>", "<title>Café: ", 1)
	latin, err := charmap.ISO8859_1.NewEncoder().String(detikPage)
	require.NoError(t, err)

	const (
		kompasURL = "https://regional.kompas.com/read/2025/08/14/09124411/banjir"
		detikURL  = "https://news.detik.com/berita/d-7000000/contoh"
	)
	dir := t.TempDir()
	archive := filepath.Join(dir, "crawl.warc.gz")
	require.NoError(t, os.WriteFile(archive, warctest.Archive(true,
		warctest.Info(),
		warctest.Request(kompasURL),
		warctest.Response(kompasURL, "text/html; charset=UTF-8", string(kompas)),
		warctest.Response("https://img.example/a.png", "image/png", "\x89PNG\r\n"),
		warctest.Request(detikURL),
		warctest.Response(detikURL, "text/html; charset=iso-8859-1", latin),
		warctest.Response("https://contoh.id/", "text/html", homepage()),
	), 0o644))

	want := map[string]*berita.Article{}
	for url, page := range map[string]string{kompasURL: string(kompas), detikURL: detikPage} {
		a, err := (&berita.Parser{URL: url}).ParseHTML(strings.NewReader(page))
		require.NoError(t, err)
		want[url] = a
	}

	code, out, errOut := runBerita(t, "", "-j", "2", archive)
	require.Equal(t, 0, code, errOut)
	lines := decodeLines(t, out)
	require.Len(t, lines, 3)
	for i, url := range []string{kompasURL, detikURL} {
		assert.Equal(t, url, lines[i].SourceURL)
		assert.Empty(t, lines[i].File, "a record has a url, not a file")
		assert.Equal(t, want[url].URL, lines[i].URL, "the page's own address")
		assert.Equal(t, want[url].Title, lines[i].Title)
		assert.Equal(t, want[url].Paragraphs, lines[i].Paragraphs)
	}
	assert.Equal(t, "https://contoh.id/", lines[2].SourceURL)
	assert.Equal(t, "berita: not an article: no body text", lines[2].Error)
	assert.Contains(t, errOut, "berita: 2 parsed, 0 failed, 1 skipped (not articles), 4 WARC records skipped (3 not responses, 1 not HTML); Kompas.com 1, detikNews 1; 3 records in ")

	// An archive that breaks off ends with an error record, after the
	// records before the break; the files after it still parse.
	data, err := os.ReadFile(archive)
	require.NoError(t, err)
	broken := filepath.Join(dir, "broken.warc.gz")
	require.NoError(t, os.WriteFile(broken, data[:len(data)*2/3], 0o644))
	after := filepath.Join(fixtures, "kompas-2025.html")
	code, out, _ = runBerita(t, "", broken, after)
	assert.Equal(t, 1, code)
	lines = decodeLines(t, out)
	require.Len(t, lines, 3)
	assert.Equal(t, kompasURL, lines[0].SourceURL)
	assert.Equal(t, broken, lines[1].File)
	assert.Contains(t, lines[1].Error, "warc: record ")
	assert.Equal(t, after, lines[2].File)
	assert.Empty(t, lines[2].Error)

	// A missing archive is one failed record.
	code, out, _ = runBerita(t, "", filepath.Join(dir, "missing.warc"))
	assert.Equal(t, 1, code)
	lines = decodeLines(t, out)
	require.Len(t, lines, 1)
	assert.Contains(t, lines[0].Error, "no such file or directory")
}

// TestStdinWARC pipes archives into the command: standard input holding a
// WARC, gzipped or not, is read record by record, alone or among files.
func TestStdinWARC(t *testing.T) {
	kompas, err := os.ReadFile(filepath.Join(fixtures, "kompas-2025.html"))
	require.NoError(t, err)
	const kompasURL = "https://regional.kompas.com/read/2025/08/14/09124411/banjir"
	want, err := (&berita.Parser{URL: kompasURL}).ParseHTML(bytes.NewReader(kompas))
	require.NoError(t, err)
	file := filepath.Join(fixtures, "detik-2024.html")
	for _, gz := range []bool{false, true} {
		archive := string(warctest.Archive(gz,
			warctest.Info(),
			warctest.Response(kompasURL, "text/html", string(kompas)),
			warctest.Response("https://contoh.id/", "text/html", homepage()),
		))
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			code, out, errOut := runBerita(t, archive)
			require.Equal(t, 0, code, errOut)
			lines := decodeLines(t, out)
			require.Len(t, lines, 2)
			assert.Equal(t, kompasURL, lines[0].SourceURL)
			assert.Empty(t, lines[0].Error)
			assert.Equal(t, want.Title, lines[0].Title)
			assert.Equal(t, want.Paragraphs, lines[0].Paragraphs)
			assert.Equal(t, "https://contoh.id/", lines[1].SourceURL)
			assert.Equal(t, "berita: not an article: no body text", lines[1].Error)
			assert.Contains(t, errOut, "1 parsed, 0 failed, 1 skipped (not articles), 1 WARC records skipped (1 not responses, 0 not HTML)")

			// Among files, the archive's records take the place of "-".
			code, out, errOut = runBerita(t, archive, file, "-", file)
			require.Equal(t, 0, code, errOut)
			lines = decodeLines(t, out)
			require.Len(t, lines, 4)
			assert.Equal(t, file, lines[0].File)
			assert.Equal(t, kompasURL, lines[1].SourceURL)
			assert.Equal(t, "https://contoh.id/", lines[2].SourceURL)
			assert.Equal(t, file, lines[3].File)
		})
	}

	// A gzipped page on standard input is still one article.
	var page bytes.Buffer
	zw := gzip.NewWriter(&page)
	_, err = zw.Write(kompas)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	code, out, errOut := runBerita(t, page.String(), "-url", kompasURL)
	require.Equal(t, 0, code, errOut)
	var a berita.Article
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, want.Title, a.Title)
}

// TestWARCProvenance checks what a crawl's records carry: relative dates
// read against the record's WARC-Date (unless -now is given), the capture's
// date, record ID and HTTP status in each record, error pages and redirect
// stubs skipped and counted, and a body in an encoding berita cannot decode
// printed with its error and counted, without failing the batch.
func TestWARCProvenance(t *testing.T) {
	page := `<!DOCTYPE html><html lang="id"><head><title>Banjir Rendam Jalan Protokol - Kompas.com</title></head><body>
<h1 class="read__title">Banjir Rendam Jalan Protokol</h1>
<div class="read__time">Kompas.com - 2 jam lalu</div>
<div class="read__content"><p>JAKARTA, KOMPAS.com - Banjir merendam sejumlah jalan protokol di Jakarta Pusat pada Kamis pagi, setelah hujan deras turun sejak dini hari.</p>
<p>Petugas dinas perhubungan mengalihkan arus kendaraan ke jalan lain, sementara pompa air dikerahkan untuk menyedot genangan di titik rawan.</p></div></body></html>`
	captured := warctest.Response("https://megapolitan.kompas.com/read/2023/01/05/banjir", "text/html", page)
	captured.Date = "2023-01-05T03:00:00Z"
	status := func(code, body string) warctest.Record {
		return warctest.Response("https://a.example/"+code, "text/html", body).WithStatus(code)
	}
	brotli := warctest.Response("https://a.example/br", "text/html", "xx").WithEncoding("br")
	archive := filepath.Join(t.TempDir(), "crawl.warc.gz")
	require.NoError(t, os.WriteFile(archive, warctest.Archive(true, captured, status("404 Not Found", "<p>Halaman tidak ditemukan</p>"),
		status("301 Moved Permanently", `<a href="/2">pindah</a>`), brotli), 0o644))

	var stdout, stderr bytes.Buffer
	code := run([]string{"-j", "1", archive}, strings.NewReader(""), &stdout, &stderr) // no -now
	out, errOut := stdout.String(), stderr.String()
	require.Equal(t, 0, code, errOut)
	type record struct {
		line
		WARCDate     string `json:"warc_date"`
		WARCRecordID string `json:"warc_record_id"`
		HTTPStatus   int    `json:"http_status"`
	}
	var recs []record
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r record
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		recs = append(recs, r)
	}
	require.Len(t, recs, 2, "the 404 and the 301 print nothing")
	assert.Equal(t, "2023-01-05T08:00:00+07:00", recs[0].Published.Format(time.RFC3339), "2 hours before the capture, not before the clock")
	assert.Equal(t, "2023-01-05T03:00:00Z", recs[0].WARCDate)
	assert.Equal(t, "<urn:uuid:00000000-0000-4000-8000-000000000000>", recs[0].WARCRecordID)
	assert.Equal(t, 200, recs[0].HTTPStatus)
	assert.Equal(t, "https://a.example/br", recs[1].SourceURL)
	assert.Contains(t, recs[1].Error, `berita: Content-Encoding not supported: "br"`)
	assert.Contains(t, errOut, "1 parsed, 0 failed, 0 skipped (not articles), 3 WARC records skipped (0 not responses, 0 not HTML, 2 not 2xx, 1 undecodable)")

	// -now still sets the reference time.
	code, out, errOut = runBerita(t, "", "-j", "1", "-now", "2024-06-01T12:00:00+07:00", "-fields", "published,url", archive)
	require.Equal(t, 0, code, errOut)
	first, _, _ := strings.Cut(out, "\n")
	assert.Contains(t, first, `"published":"2024-06-01T10:00:00+07:00"`)
	assert.Contains(t, first, `"warc_date":"2023-01-05T03:00:00Z"`)
}
