package record

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/warc"
)

// A Skip is why a WARC record is not parsed.
type Skip int

// The reasons a WARC record is skipped.
const (
	NotResponse Skip = iota // warcinfo, request, metadata, revisit … records
	NotHTML                 // responses with another Content-Type, and DNS records
	NotOK                   // responses whose HTTP status is not 2xx: error pages, redirect stubs
)

// Why a response record is not parsed.
var (
	errNotHTML = errors.New("not an HTML response")
	errNotOK   = errors.New("HTTP status not 2xx")
)

// ReadWARC reads the archive r, named name, and sends an Input for each HTML
// response whose status is 2xx, in order, with its page in a buffer from
// Pages; the other records go to skip. A body larger than limit, or one
// berita cannot decode, is an Input with its error. An archive that cannot
// be read, or breaks off, ends with an Input holding the error. ReadWARC
// reports false when send does, and stops there.
func ReadWARC(r io.Reader, name string, limit int64, skip func(Skip), send func(*Input) bool) bool {
	wr, err := warc.NewReader(r)
	if err != nil {
		return send(&Input{Name: name, Err: err})
	}
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return send(&Input{Name: name, Err: err})
		}
		if rec.Type() != "response" {
			skip(NotResponse)
			continue
		}
		// Heritrix keeps DNS lookups as response records of type text/dns.
		if mt, _, _ := mime.ParseMediaType(rec.Header.Get("Content-Type")); mt != "" && mt != "application/http" {
			skip(NotHTML)
			continue
		}
		buf := Pages.Get().(*bytes.Buffer)
		label, status, err := readResponse(wr, limit, buf)
		if err != nil {
			Recycle(buf)
			buf = nil
		}
		switch {
		case errors.Is(err, errNotHTML):
			skip(NotHTML)
			continue
		case errors.Is(err, errNotOK):
			skip(NotOK)
			continue
		case errors.Is(err, warc.ErrTruncated):
			continue // Next reports the broken archive
		}
		prov := &Provenance{URL: rec.TargetURI(), Date: strings.TrimSpace(rec.Header.Get("WARC-Date")),
			RecordID: strings.TrimSpace(rec.Header.Get("WARC-Record-ID")), Status: status}
		if !send(&Input{Name: name, WARC: prov, Page: buf, Charset: label, Err: err}) {
			return false
		}
	}
}

// readResponse reads the HTTP response held in a response record's block
// and puts its body into buf, decoded. It returns the charset the
// Content-Type names and the response's status code. It returns errNotOK
// for a status other than 2xx and errNotHTML for a payload that is not
// HTML, with the body unread, and an error wrapping ErrEncoding for a
// Content-Encoding the warc package cannot decode. A body longer than limit
// gives an error wrapping berita.ErrTooLarge.
func readResponse(block io.Reader, limit int64, buf *bytes.Buffer) (label string, status int, err error) {
	buf.Reset()
	resp, err := warc.ReadResponse(block)
	if err != nil {
		return "", 0, fmt.Errorf("HTTP response: %w", err)
	}
	status = resp.StatusCode
	if !resp.OK() {
		return "", status, errNotOK
	}
	if !resp.IsHTML() {
		return "", status, errNotHTML
	}
	err = fill(buf, resp.Body, resp.ContentLength, limit)
	if errors.Is(err, warc.ErrUnsupportedEncoding) {
		return "", status, fmt.Errorf("%w: %q", ErrEncoding, resp.Header.Get("Content-Encoding"))
	}
	// What arrived is the page as the crawler saw it, when the stated
	// Content-Length does not match the bytes stored.
	if err != nil && !(errors.Is(err, io.ErrUnexpectedEOF) && buf.Len() > 0) {
		return "", status, fmt.Errorf("HTTP body: %w", err)
	}
	if int64(buf.Len()) > limit {
		return "", status, fmt.Errorf("%w: more than %d bytes", berita.ErrTooLarge, limit)
	}
	return resp.Charset(), status, nil
}
