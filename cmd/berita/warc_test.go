package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
}

// warcBytes lays records out as a WARC 1.1 file, each record a gzip member
// of its own when gz is set, as .warc.gz files are.
func warcBytes(t testing.TB, gz bool, recs ...warcRec) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		var b bytes.Buffer
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: 2025-09-01T05:00:00Z\r\n", r.typ, i)
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
	return warcRec{"response", uri, "application/http; msgtype=response", http}
}

func request(uri string) warcRec {
	return warcRec{"request", uri, "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"}
}

func warcinfo() warcRec {
	return warcRec{"warcinfo", "", "application/warc-fields", "software: berita-test\r\nformat: WARC File Format 1.1\r\n"}
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
	label, err := readHTTPResponse(rec.Block, 1<<20, &page)
	require.NoError(t, err)
	assert.Equal(t, "<p>halo</p>", page.String())
	assert.Empty(t, label)
	_, err = r.Next()
	assert.Equal(t, io.EOF, err)
}

func TestReadHTTPResponse(t *testing.T) {
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
		{"xhtml", "HTTP/1.0 200 OK\r\nContent-Type: application/xhtml+xml\r\nContent-Length: 8\r\n\r\n<p>x</p>", 100, "<p>x</p>", "", ""},
		{"chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>x\r\n4\r\n</p>\r\n0\r\n\r\n", 100, "<p>x</p>", "", ""},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gz.String(), 100, "<p>dikompres</p>", "", ""},
		{"short body", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 80\r\n\r\n<p>x</p>", 100, "<p>x</p>", "", ""},
		{"image", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", 100, "", "", "not an HTML response"},
		{"no type", "HTTP/1.1 200 OK\r\n\r\n<p>x</p>", 100, "", "", "not an HTML response"},
		{"too large", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>xxxxxxxx</p>", 5, "", "", "input too large"},
		{"brotli", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxx", 100, "", "", `Content-Encoding "br"`},
		{"not HTTP", "<p>x</p>", 100, "", "", "HTTP response"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := bytes.NewBufferString("left from the last record")
			label, err := readHTTPResponse(strings.NewReader(tt.http), tt.limit, body)
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

func TestTranscode(t *testing.T) {
	latin1 := func(s string) string {
		b, err := charmap.ISO8859_1.NewEncoder().String(s)
		require.NoError(t, err)
		return b
	}
	page := "<html><head><title>Café</title></head><body><p>Kafe di Jakarta, café.</p></body></html>"
	tests := []struct {
		name, page, label, want string
	}{
		{"header only", latin1(page), "iso-8859-1", page},
		{"header windows-1252", latin1(page), "windows-1252", page},
		{"no header", latin1(page), "", latin1(page)},
		{"meta charset", latin1(`<meta charset="iso-8859-1">` + page), "utf-8", latin1(`<meta charset="iso-8859-1">` + page)},
		{"meta http-equiv", latin1(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">` + page), "koi8-r", latin1(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">` + page)},
		{"valid UTF-8", page, "iso-8859-1", page},
		{"unknown label", latin1(page), "x-martian", latin1(page)},
	}
	for _, tt := range tests {
		got, err := transcode([]byte(tt.page), tt.label)
		require.NoError(t, err)
		assert.Equal(t, tt.want, string(got), tt.name)
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
		assert.Equal(t, url, lines[i].URL)
		assert.Empty(t, lines[i].File, "a record has a url, not a file")
		assert.Equal(t, want[url].Title, lines[i].Title)
		assert.Equal(t, want[url].Paragraphs, lines[i].Paragraphs)
	}
	assert.Equal(t, "https://contoh.id/", lines[2].URL)
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
	assert.Equal(t, kompasURL, lines[0].URL)
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
			assert.Equal(t, kompasURL, lines[0].URL)
			assert.Empty(t, lines[0].Error)
			assert.Equal(t, want.Title, lines[0].Title)
			assert.Equal(t, want.Paragraphs, lines[0].Paragraphs)
			assert.Equal(t, "https://contoh.id/", lines[1].URL)
			assert.Equal(t, "berita: not an article: no body text", lines[1].Error)
			assert.Contains(t, errOut, "1 parsed, 0 failed, 1 skipped (not articles), 1 WARC records skipped (1 not responses, 0 not HTML)")

			// Among files, the archive's records take the place of "-".
			code, out, errOut = runBerita(t, archive, file, "-", file)
			require.Equal(t, 0, code, errOut)
			lines = decodeLines(t, out)
			require.Len(t, lines, 4)
			assert.Equal(t, file, lines[0].File)
			assert.Equal(t, kompasURL, lines[1].URL)
			assert.Equal(t, "https://contoh.id/", lines[2].URL)
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
