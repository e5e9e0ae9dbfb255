// Package warctest writes small WARC archives for tests: records laid out
// as WARC 1.1 lays them out, each in a gzip member of its own when asked,
// as .warc.gz files are.
package warctest

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"fmt"
	"strings"
)

// A Record is a record for Archive to write.
type Record struct {
	Type        string // WARC-Type
	URI         string // WARC-Target-URI; "" for none
	ContentType string // the record's Content-Type; "" for none
	Block       string
	Date        string // WARC-Date; "" for 2025-09-01T05:00:00Z
}

// Archive lays records out as a WARC 1.1 file, each record a gzip member
// of its own when gz is set. The i-th record's WARC-Record-ID is
// <urn:uuid:00000000-0000-4000-8000-00000000000i>, i counting from 0.
func Archive(gz bool, recs ...Record) []byte {
	var out bytes.Buffer
	for i, r := range recs {
		var b bytes.Buffer
		date := cmp.Or(r.Date, "2025-09-01T05:00:00Z")
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\n", r.Type, i, date)
		if r.URI != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
		}
		if r.ContentType != "" {
			fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ContentType)
		}
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(r.Block), r.Block)
		if !gz {
			out.Write(b.Bytes())
			continue
		}
		// Writes to a bytes.Buffer do not fail.
		zw := gzip.NewWriter(&out)
		zw.Write(b.Bytes())
		zw.Close()
	}
	return out.Bytes()
}

// Response is a response record holding an HTTP 200 response with the
// given Content-Type and body.
func Response(uri, contentType, body string) Record {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body)
	return Record{Type: "response", URI: uri, ContentType: "application/http; msgtype=response", Block: http}
}

// Request is the request record a crawler writes before a response.
func Request(uri string) Record {
	return Record{Type: "request", URI: uri, ContentType: "application/http; msgtype=request", Block: "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"}
}

// Info is the warcinfo record that opens an archive.
func Info() Record {
	return Record{Type: "warcinfo", ContentType: "application/warc-fields", Block: "software: berita-test\r\nformat: WARC File Format 1.1\r\n"}
}

// WithStatus returns a response record from Response with its HTTP status
// line's "200 OK" replaced by status ("404 Not Found").
func (r Record) WithStatus(status string) Record {
	r.Block = strings.Replace(r.Block, "200 OK", status, 1)
	return r
}

// WithEncoding returns a response record from Response whose HTTP header
// names enc as the body's Content-Encoding, the body left as it is.
func (r Record) WithEncoding(enc string) Record {
	r.Block = strings.Replace(r.Block, "\r\nContent-Length: ", "\r\nContent-Encoding: "+enc+"\r\nContent-Length: ", 1)
	return r
}
