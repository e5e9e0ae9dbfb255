package warc_test

import (
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/warta-id/berita/warc"
)

// An archive of two records, as a crawler writes them: the request, then
// the response it got.
const archive = "WARC/1.1\r\n" +
	"WARC-Type: request\r\n" +
	"WARC-Target-URI: https://contoh.id/berita/1\r\n" +
	"Content-Type: application/http; msgtype=request\r\n" +
	"Content-Length: 43\r\n\r\n" +
	"GET /berita/1 HTTP/1.1\r\nHost: contoh.id\r\n\r\n" +
	"\r\n\r\n" +
	"WARC/1.1\r\n" +
	"WARC-Type: response\r\n" +
	"WARC-Target-URI: https://contoh.id/berita/1\r\n" +
	"WARC-Date: 2025-09-01T05:00:00Z\r\n" +
	"Content-Type: application/http; msgtype=response\r\n" +
	"Content-Length: 100\r\n\r\n" +
	"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: 21\r\n\r\n<h1>Banjir Rob</h1>\r\n" +
	"\r\n\r\n"

func ExampleReader() {
	r, err := warc.NewReader(strings.NewReader(archive))
	if err != nil {
		log.Fatal(err)
	}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(rec.Type(), rec.TargetURI())
		if rec.Type() != "response" {
			continue
		}
		resp, err := warc.ReadResponse(r)
		if err != nil {
			log.Fatal(err)
		}
		if !resp.OK() || !resp.IsHTML() {
			continue
		}
		page, err := io.ReadAll(resp.Body)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d %s %q\n", resp.StatusCode, resp.Charset(), page)
	}
	// Output:
	// request https://contoh.id/berita/1
	// response https://contoh.id/berita/1
	// 200 UTF-8 "<h1>Banjir Rob</h1>\r\n"
}
