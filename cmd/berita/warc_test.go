package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/warta-id/berita"
)

// A warcRec is a record for writeWARC to write.
type warcRec struct {
	typ   string // WARC-Type
	uri   string // WARC-Target-URI
	ctype string // the record's Content-Type
	block string
	date  string // WARC-Date; "" for 2025-09-01T05:00:00Z
}

// warcBytes lays records out as a WARC 1.1 file, each record a gzip member
// of its own when gz is set, as .warc.gz files are.
func warcBytes(t testing.TB, gz bool, recs ...warcRec) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		var b bytes.Buffer
		date := cmp.Or(r.date, "2025-09-01T05:00:00Z")
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\n", r.typ, i, date)
		if r.uri != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
		}
		if r.ctype != "" {
			fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ctype)
		}
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(r.block), r.block)
		if !gz {
			out.Write(b.Bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		_, err := zw.Write(b.Bytes())
		require.NoError(t, err)
		require.NoError(t, zw.Close())
	}
	return out.Bytes()
}

// response is a response record holding an HTTP response.
func response(uri, contentType, body string) warcRec {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body)
	return warcRec{typ: "response", uri: uri, ctype: "application/http; msgtype=response", block: http}
}

func request(uri string) warcRec {
	return warcRec{typ: "request", uri: uri, ctype: "application/http; msgtype=request", block: "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"}
}

func warcinfo() warcRec {
	return warcRec{typ: "warcinfo", ctype: "application/warc-fields", block: "software: berita-test\r\nformat: WARC File Format 1.1\r\n"}
}

func TestWARCReader(t *testing.T) {
	recs := []warcRec{warcinfo(), request("https://a.example/1"), response("https://a.example/1", "text/html", "<p>halo</p>")}
	plain := warcBytes(t, false, recs...)
	tests := []struct {
		name  string
		data  []byte
		types []string
		err   string
	}{
		{"plain", plain, []string{"warcinfo", "request", "response"}, ""},
		{"gzip members", warcBytes(t, true, recs...), []string{"warcinfo", "request", "response"}, ""},
		{"WARC/1.0, LF only, blank lines between", []byte("WARC/1.0\nWARC-Type: resource\nContent-Length: 3\n\nabc\n\n\n\nWARC/1.0\nWARC-Type: metadata\nContent-Length: 0\n\n\n\n"), []string{"resource", "metadata"}, ""},
		{"empty", nil, nil, ""},
		{"not WARC", []byte("HTTP/1.1 200 OK\r\n\r\n"), nil, `version line "HTTP/1.1 200 OK"`},
		{"no length", []byte("WARC/1.1\r\nWARC-Type: response\r\n\r\n"), nil, `Content-Length ""`},
		{"truncated block", plain[:len(plain)-20], []string{"warcinfo", "request", "response"}, "warc: record 3: archive ends inside a record"},
		{"truncated header", plain[:bytes.LastIndex(plain, []byte("WARC/1.1"))+30], []string{"warcinfo", "request"}, "warc: record 3: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := newWARCReader(bytes.NewReader(tt.data))
			require.NoError(t, err)
			var types []string
			for {
				rec, err := r.Next()
				if err == io.EOF {
					assert.Empty(t, tt.err, "want an error")
					break
				}
				if err != nil {
					assert.ErrorContains(t, err, tt.err)
					break
				}
				types = append(types, rec.Type())
			}
			assert.Equal(t, tt.types, types)
		})
	}
}

func TestWARCRecord(t *testing.T) {
	data := warcBytes(t, true, warcinfo(), response("<https://a.example/1>", "text/html", "<p>halo</p>"))
	r, err := newWARCReader(bytes.NewReader(data))
	require.NoError(t, err)
	_, err = r.Next() // warcinfo, left unread
	require.NoError(t, err)
	rec, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "WARC/1.1", rec.Version)
	assert.Equal(t, "https://a.example/1", rec.TargetURI(), "WARC 1.0's angle brackets dropped")
	var page bytes.Buffer
	label, status, err := readHTTPResponse(rec.Block, 1<<20, &page)
	require.NoError(t, err)
	assert.Equal(t, 200, status)
	assert.Equal(t, "<p>halo</p>", page.String())
	assert.Empty(t, label)
	_, err = r.Next()
	assert.Equal(t, io.EOF, err)
}

func TestReadHTTPResponse(t *testing.T) {
	var gz, zl, fl bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>dikompres</p>"))
	zw.Close()
	lw := zlib.NewWriter(&zl)
	lw.Write([]byte("<p>zlib</p>"))
	lw.Close()
	fw, _ := flate.NewWriter(&fl, flate.DefaultCompression)
	fw.Write([]byte("<p>deflate mentah</p>"))
	fw.Close()
	tests := []struct {
		name, http string
		limit      int64
		body       string
		label      string
		err        string
	}{
		{"charset", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>x</p>", 100, "<p>x</p>", "ISO-8859-1", ""},
		{"xhtml", "HTTP/1.0 200 OK\r\nContent-Type: application/xhtml+xml\r\nContent-Length: 8\r\n\r\n<p>x</p>", 100, "<p>x</p>", "", ""},
		{"chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>x\r\n4\r\n</p>\r\n0\r\n\r\n", 100, "<p>x</p>", "", ""},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gz.String(), 100, "<p>dikompres</p>", "", ""},
		{"deflate as zlib", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n\r\n" + zl.String(), 100, "<p>zlib</p>", "", ""},
		{"deflate bare", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: Deflate\r\n\r\n" + fl.String(), 100, "<p>deflate mentah</p>", "", ""},
		{"not found", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Halaman tidak ditemukan</p>", 100, "", "", "not 2xx"},
		{"redirect", "HTTP/1.1 301 Moved Permanently\r\nLocation: https://a.example/2\r\nContent-Type: text/html\r\n\r\n<a href=/2>here</a>", 100, "", "", "not 2xx"},
		{"short body", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 80\r\n\r\n<p>x</p>", 100, "<p>x</p>", "", ""},
		{"image", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", 100, "", "", "not an HTML response"},
		{"no type", "HTTP/1.1 200 OK\r\n\r\n<p>x</p>", 100, "", "", "not an HTML response"},
		{"too large", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>xxxxxxxx</p>", 5, "", "", "input too large"},
		{"brotli", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxx", 100, "", "", `Content-Encoding not supported: "br"`},
		{"not HTTP", "<p>x</p>", 100, "", "", "HTTP response"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := bytes.NewBufferString("left from the last record")
			label, _, err := readHTTPResponse(strings.NewReader(tt.http), tt.limit, body)
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
	require.NoError(t, os.WriteFile(archive, warcBytes(t, true,
		warcinfo(),
		request(kompasURL),
		response(kompasURL, "text/html; charset=UTF-8", string(kompas)),
		response("https://img.example/a.png", "image/png", "\x89PNG\r\n"),
		request(detikURL),
		response(detikURL, "text/html; charset=iso-8859-1", latin),
		response("https://contoh.id/", "text/html", homepage()),
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

func TestIsWARCStream(t *testing.T) {
	gz := func(s string) string {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.String()
	}
	record := string(warcBytes(t, false, warcinfo()))
	for _, tt := range []struct {
		name string
		in   string
		want bool
	}{
		{"record", record, true},
		{"gzipped record", string(warcBytes(t, true, warcinfo())), true},
		{"page", "<!DOCTYPE html><html><body><p>Halo</p></body></html>", false},
		{"gzipped page", gz("<!DOCTYPE html><p>Halo</p>"), false},
		{"text", "JAKARTA, KOMPAS.com - Hujan deras mengguyur Jakarta.", false},
		{"another version", "WARC/2.0\r\n", false},
		{"short", "WAR", false},
		{"empty", "", false},
		{"gzip magic alone", "\x1f\x8b", false},
		{"broken gzip", "\x1f\x8b\x08\x00garbage", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			br := bufio.NewReader(strings.NewReader(tt.in))
			assert.Equal(t, tt.want, isWARCStream(br))
			rest, err := io.ReadAll(br)
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(rest), "nothing consumed")
		})
	}
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
		archive := string(warcBytes(t, gz,
			warcinfo(),
			response(kompasURL, "text/html", string(kompas)),
			response("https://contoh.id/", "text/html", homepage()),
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
	captured := response("https://megapolitan.kompas.com/read/2023/01/05/banjir", "text/html", page)
	captured.date = "2023-01-05T03:00:00Z"
	status := func(code, body string) warcRec {
		r := response("https://a.example/"+code, "text/html", body)
		r.block = strings.Replace(r.block, "200 OK", code, 1)
		return r
	}
	brotli := response("https://a.example/br", "text/html", "xx")
	brotli.block = strings.Replace(brotli.block, "Content-Type: text/html", "Content-Type: text/html\r\nContent-Encoding: br", 1)
	archive := filepath.Join(t.TempDir(), "crawl.warc.gz")
	require.NoError(t, os.WriteFile(archive, warcBytes(t, true, captured, status("404 Not Found", "<p>Halaman tidak ditemukan</p>"),
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
