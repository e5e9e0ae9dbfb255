package warc

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// ErrUnsupportedEncoding reports a body sent in a Content-Encoding the
// package cannot decode (br, zstd, compress).
var ErrUnsupportedEncoding = errors.New("warc: Content-Encoding not supported")

// A Response is the HTTP response held in the block of a response record
// (WARC-Type "response" with Content-Type "application/http").
type Response struct {
	StatusCode int         // 200, 404 …
	Header     http.Header // the response's header fields
	// ContentLength is the body's length as the header states it, or -1
	// when it does not, or when the body is sent with a Content-Encoding
	// (the length is then that of the encoded bytes). Archives often keep a
	// length that does not match the bytes they stored (a dropped
	// connection, a payload recorded decoded): it is a hint for a buffer's
	// size, not a promise.
	ContentLength int64
	// Body reads the payload, decoded from Transfer-Encoding chunked and
	// from Content-Encoding gzip, x-gzip or deflate (zlib or bare). For a
	// body in another Content-Encoding, its first Read fails with an error
	// matching ErrUnsupportedEncoding. It reads from the block it was
	// given, so it is valid until the Reader moves to the next record.
	Body io.Reader
}

// ReadResponse reads the status line and header of the HTTP response in a
// response record's block, read from block (a Reader, or anything holding
// the block). The body is left for Response.Body to read. The error is
// net/http's for a block that does not start with an HTTP response.
func ReadResponse(block io.Reader) (*Response, error) {
	resp, err := http.ReadResponse(bufio.NewReader(block), nil)
	if err != nil {
		return nil, err
	}
	r := &Response{StatusCode: resp.StatusCode, Header: resp.Header, ContentLength: -1}
	enc := resp.Header.Get("Content-Encoding")
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		r.ContentLength = resp.ContentLength
		r.Body = resp.Body
	case "gzip", "x-gzip":
		r.Body = &lazyReader{open: func() (io.Reader, error) { return gzip.NewReader(resp.Body) }}
	case "deflate":
		r.Body = inflate(resp.Body)
	default:
		r.Body = &lazyReader{open: func() (io.Reader, error) {
			return nil, fmt.Errorf("%w: %q", ErrUnsupportedEncoding, enc)
		}}
	}
	return r, nil
}

// OK reports whether the status is 2xx: the page the URL names, not an
// error page or a redirect's stub.
func (r *Response) OK() bool { return 200 <= r.StatusCode && r.StatusCode <= 299 }

// IsHTML reports whether the Content-Type is an HTML page: text/html or
// application/xhtml+xml.
func (r *Response) IsHTML() bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// Charset returns the charset the Content-Type names ("UTF-8",
// "iso-8859-1"), or "" when it names none.
func (r *Response) Charset() string {
	_, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return params["charset"]
}

// A lazyReader opens its reader at the first Read, so that ReadResponse
// leaves the body unread for a caller that only wants the header.
type lazyReader struct {
	open func() (io.Reader, error)
	r    io.Reader
	err  error
}

func (l *lazyReader) Read(p []byte) (int, error) {
	if l.r == nil && l.err == nil {
		l.r, l.err = l.open()
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.r.Read(p)
}

// inflate decodes a body sent with Content-Encoding deflate. HTTP means the
// zlib format (RFC 9110, 8.4.1.2), but many servers send a bare deflate
// stream (RFC 1951); a zlib header is told by its checksum (RFC 1950: the
// first two bytes, read big-endian, are a multiple of 31, with method 8).
func inflate(r io.Reader) io.Reader {
	return &lazyReader{open: func() (io.Reader, error) {
		br := bufio.NewReader(r)
		if h, err := br.Peek(2); err == nil && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
			if zr, err := zlib.NewReader(br); err == nil {
				return zr, nil
			}
		}
		return flate.NewReader(br), nil
	}}
}
