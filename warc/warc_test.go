package warc_test

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/warta-id/berita/internal/warctest"
	"github.com/warta-id/berita/warc"
)

func TestReader(t *testing.T) {
	recs := []warctest.Record{warctest.Info(), warctest.Request("https://a.example/1"), warctest.Response("https://a.example/1", "text/html", "<p>halo</p>")}
	plain := warctest.Archive(false, recs...)
	tests := []struct {
		name  string
		data  []byte
		types []string
		err   string
	}{
		{"plain", plain, []string{"warcinfo", "request", "response"}, ""},
		{"gzip members", warctest.Archive(true, recs...), []string{"warcinfo", "request", "response"}, ""},
		{"WARC/1.0, LF only, blank lines between", []byte("WARC/1.0\nWARC-Type: resource\nContent-Length: 3\n\nabc\n\n\n\nWARC/1.0\nWARC-Type: metadata\nContent-Length: 0\n\n\n\n"), []string{"resource", "metadata"}, ""},
		{"empty", nil, nil, ""},
		{"not WARC", []byte("HTTP/1.1 200 OK\r\n\r\n"), nil, `warc: record 1: version line "HTTP/1.1 200 OK", want WARC/1.x`},
		{"no length", []byte("WARC/1.1\r\nWARC-Type: response\r\n\r\n"), nil, `warc: record 1: Content-Length ""`},
		{"truncated block", plain[:len(plain)-20], []string{"warcinfo", "request", "response"}, "warc: record 3: archive ends inside a record"},
		{"truncated header", plain[:bytes.LastIndex(plain, []byte("WARC/1.1"))+30], []string{"warcinfo", "request"}, "warc: record 3: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := warc.NewReader(bytes.NewReader(tt.data))
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

// TestReaderBlocks reads some blocks whole, some in part and some not at
// all: Next skips what is left, and a block reads its Content-Length bytes
// and no more.
func TestReaderBlocks(t *testing.T) {
	data := warctest.Archive(true, warctest.Info(), warctest.Response("<https://a.example/1>", "text/html", "<p>halo</p>"),
		warctest.Record{Type: "resource", URI: "urn:x", Block: "abcdef"})
	r, err := warc.NewReader(bytes.NewReader(data))
	require.NoError(t, err)
	n, err := r.Read(make([]byte, 8))
	assert.Equal(t, 0, n)
	assert.Equal(t, io.EOF, err, "no block before the first Next")

	_, err = r.Next() // warcinfo, left unread
	require.NoError(t, err)
	rec, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "WARC/1.1", rec.Version)
	assert.Equal(t, "https://a.example/1", rec.TargetURI(), "WARC 1.0's angle brackets dropped")
	assert.Equal(t, "<urn:uuid:00000000-0000-4000-8000-000000000001>", rec.Header.Get("WARC-Record-ID"))
	head := make([]byte, 8)
	_, err = io.ReadFull(r, head) // read in part
	require.NoError(t, err)
	assert.Equal(t, "HTTP/1.1", string(head))

	rec, err = r.Next()
	require.NoError(t, err)
	assert.Equal(t, "resource", rec.Type())
	assert.Equal(t, int64(6), rec.Length)
	block, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, "abcdef", string(block), "the block, not the CRLFs after it")
	_, err = r.Next()
	assert.Equal(t, io.EOF, err)
}

// TestReaderBroken cuts a gzipped archive inside a record's block: reading
// the block fails with ErrTruncated, not with a short block.
func TestReaderBroken(t *testing.T) {
	// A body gzip cannot shrink much, so that half the archive holds the
	// whole header.
	var body strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&body, "%x", i*i*7919)
	}
	data := warctest.Archive(true, warctest.Response("https://a.example/1", "text/html", body.String()))
	r, err := warc.NewReader(bytes.NewReader(data[:len(data)/2]))
	require.NoError(t, err)
	_, err = r.Next()
	require.NoError(t, err)
	_, err = io.ReadAll(r)
	assert.ErrorIs(t, err, warc.ErrTruncated)
	_, err = r.Next()
	assert.ErrorIs(t, err, warc.ErrTruncated)
	assert.ErrorContains(t, err, "warc: record 1: archive ends inside a record")
}

func TestReadResponse(t *testing.T) {
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
		status     int
		html       bool
		charset    string
		length     int64
		body       string
		err        string // of reading the body
	}{
		{"charset", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>x</p>", 200, true, "ISO-8859-1", -1, "<p>x</p>", ""},
		{"xhtml", "HTTP/1.0 200 OK\r\nContent-Type: application/xhtml+xml\r\nContent-Length: 8\r\n\r\n<p>x</p>", 200, true, "", 8, "<p>x</p>", ""},
		{"chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>x\r\n4\r\n</p>\r\n0\r\n\r\n", 200, true, "", -1, "<p>x</p>", ""},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 40\r\n\r\n" + gz.String(), 200, true, "", -1, "<p>dikompres</p>", ""},
		{"deflate as zlib", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n\r\n" + zl.String(), 200, true, "", -1, "<p>zlib</p>", ""},
		{"deflate bare", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: Deflate\r\n\r\n" + fl.String(), 200, true, "", -1, "<p>deflate mentah</p>", ""},
		{"not found", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Halaman tidak ditemukan</p>", 404, true, "", -1, "<p>Halaman tidak ditemukan</p>", ""},
		{"redirect", "HTTP/1.1 301 Moved Permanently\r\nLocation: https://a.example/2\r\nContent-Type: text/html\r\n\r\n<a href=/2>here</a>", 301, true, "", -1, "<a href=/2>here</a>", ""},
		{"image", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", 200, false, "", -1, "\x89PNG", ""},
		{"no type", "HTTP/1.1 200 OK\r\n\r\n<p>x</p>", 200, false, "", -1, "<p>x</p>", ""},
		{"brotli", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxx", 200, true, "", -1, "", `warc: Content-Encoding not supported: "br"`},
		{"broken gzip", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\nxx", 200, true, "", -1, "", "unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := warc.ReadResponse(strings.NewReader(tt.http))
			require.NoError(t, err)
			assert.Equal(t, tt.status, resp.StatusCode)
			assert.Equal(t, tt.status == 200, resp.OK())
			assert.Equal(t, tt.html, resp.IsHTML())
			assert.Equal(t, tt.charset, resp.Charset())
			assert.Equal(t, tt.length, resp.ContentLength)
			body, err := io.ReadAll(resp.Body)
			if tt.err != "" {
				assert.EqualError(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.body, string(body))
		})
	}
	_, err := warc.ReadResponse(strings.NewReader("<p>x</p>"))
	assert.Error(t, err, "not an HTTP response")
	resp, err := warc.ReadResponse(strings.NewReader("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx"))
	require.NoError(t, err)
	_, err = resp.Body.Read(make([]byte, 8))
	assert.ErrorIs(t, err, warc.ErrUnsupportedEncoding)
}

func TestIsArchive(t *testing.T) {
	gz := func(s string) string {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.String()
	}
	record := string(warctest.Archive(false, warctest.Info()))
	for _, tt := range []struct {
		name string
		in   string
		want bool
	}{
		{"record", record, true},
		{"gzipped record", string(warctest.Archive(true, warctest.Info())), true},
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
			assert.Equal(t, tt.want, warc.IsArchive(br))
			rest, err := io.ReadAll(br)
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(rest), "nothing consumed")
		})
	}
}

func TestNewReaderBadGzip(t *testing.T) {
	_, err := warc.NewReader(strings.NewReader("\x1f\x8b\x08"))
	assert.ErrorContains(t, err, "warc: ")
}
