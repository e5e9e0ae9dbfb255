package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"sync"

	"github.com/warta-id/berita"
)

// A warcReader reads the records of a WARC file one at a time, as ISO 28500
// (WARC 1.0) and WARC 1.1 lay them out: a "WARC/1.x" version line, header
// fields, a blank line, Content-Length bytes of block, and two CRLFs. Only
// the current record's header is held in memory; its block is read from the
// stream by the caller, and what the caller leaves unread is skipped.
type warcReader struct {
	br    *bufio.Reader
	tp    *textproto.Reader
	block *blockReader // the current record's block; nil before the first
	n     int          // records read
}

// errTruncated reports an archive that ends, or cannot be read, inside a
// record's block.
var errTruncated = errors.New("archive ends inside a record")

// A blockReader reads the n bytes of a record's block. It fails with an
// error matching errTruncated when the archive ends before them or breaks
// (a cut or corrupt gzip member), so that its reader cannot mistake a broken
// archive for a short page.
type blockReader struct {
	r io.Reader
	n int64
}

func (b *blockReader) Read(p []byte) (int, error) {
	if b.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	n, err := b.r.Read(p)
	b.n -= int64(n)
	switch {
	case err == nil || b.n == 0:
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		err = errTruncated
	default:
		err = fmt.Errorf("%w: %w", errTruncated, err)
	}
	return n, err
}

// newWARCReader returns a reader of the records in r. A gzipped archive
// (.warc.gz: one gzip member per record, as the format recommends) is told by
// its magic bytes and read through every member.
func newWARCReader(r io.Reader) (*warcReader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: %w", err)
		}
		zr.Multistream(true)
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return &warcReader{br: br, tp: textproto.NewReader(br)}, nil
}

// isWARCStream reports whether br starts with a WARC record's version line,
// in the clear or in a gzip member, without consuming anything: how
// standard input tells an archive from a page.
func isWARCStream(br *bufio.Reader) bool {
	const version = "WARC/1."
	head, _ := br.Peek(len(version))
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return string(head) == version
	}
	// A member's first bytes inflate from its first few hundred.
	head, _ = br.Peek(4 << 10)
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	out := make([]byte, len(version))
	_, err = io.ReadFull(zr, out)
	return err == nil && string(out) == version
}

// A warcRecord is one WARC record: its header fields and its block, which
// reads Content-Length bytes and is valid until the next call to Next.
type warcRecord struct {
	Version string               // "WARC/1.0" or "WARC/1.1"
	Header  textproto.MIMEHeader // the named fields; look them up with Get
	Length  int64                // Content-Length: the size of the block
	Block   io.Reader
}

// Type returns the record's WARC-Type ("response", "request", "warcinfo" …).
func (rec *warcRecord) Type() string { return rec.Header.Get("WARC-Type") }

// TargetURI returns the record's WARC-Target-URI, without the angle
// brackets WARC 1.0 examples put around it.
func (rec *warcRecord) TargetURI() string {
	return strings.Trim(strings.TrimSpace(rec.Header.Get("WARC-Target-URI")), "<>")
}

// Next returns the next record, or io.EOF after the last one. An archive
// that breaks off or does not follow the format gives another error, after
// which the reader is not usable.
func (r *warcReader) Next() (*warcRecord, error) {
	if r.block != nil {
		if _, err := io.Copy(io.Discard, r.block); err != nil {
			return nil, fmt.Errorf("warc: record %d: %w", r.n, err)
		}
		r.block = nil
	}
	// The two CRLFs that end a record, and any stray blank lines between
	// records, come before the version line.
	var line string
	for {
		l, err := r.tp.ReadLine()
		if err == io.EOF && line == "" {
			return nil, io.EOF
		}
		if err != nil {
			return nil, r.fail(err)
		}
		if l = strings.TrimSpace(l); l != "" {
			line = l
			break
		}
	}
	if !strings.HasPrefix(line, "WARC/1.") {
		return nil, fmt.Errorf("warc: record %d: version line %q, want WARC/1.x", r.n+1, clip(line, 40))
	}
	h, err := r.tp.ReadMIMEHeader()
	if err != nil {
		return nil, r.fail(err)
	}
	cl := h.Get("Content-Length")
	n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("warc: record %d: Content-Length %q", r.n+1, cl)
	}
	r.n++
	r.block = &blockReader{r: r.br, n: n}
	return &warcRecord{Version: line, Header: h, Length: n, Block: r.block}, nil
}

func (r *warcReader) fail(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("warc: record %d: %w", r.n+1, err)
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// Why a response record is not parsed.
var (
	// errNotHTML reports a response record whose payload is not an HTML page.
	errNotHTML = errors.New("not an HTML response")
	// errNotOK reports a response whose HTTP status is not 2xx: an error
	// page or a redirect's stub, not the page the URL names.
	errNotOK = errors.New("HTTP status not 2xx")
	// errEncoding reports a body in a Content-Encoding berita cannot decode.
	errEncoding = errors.New("berita: Content-Encoding not supported")
)

// readHTTPResponse reads the HTTP response held in a response record's block
// and puts its body into buf, decoded from Content-Encoding gzip or deflate
// and Transfer-Encoding chunked. It returns the charset the Content-Type
// names and the response's status code. It returns errNotOK for a status
// other than 2xx and errNotHTML for a payload that is not HTML, with the
// body unread, and an error wrapping errEncoding for a Content-Encoding it
// cannot decode (br, zstd). A body longer than limit gives an error
// wrapping berita.ErrTooLarge.
func readHTTPResponse(block io.Reader, limit int64, buf *bytes.Buffer) (label string, status int, err error) {
	buf.Reset()
	resp, err := http.ReadResponse(bufio.NewReader(block), nil)
	if err != nil {
		return "", 0, fmt.Errorf("HTTP response: %w", err)
	}
	defer resp.Body.Close()
	status = resp.StatusCode
	if status < 200 || status > 299 {
		return "", status, errNotOK
	}
	mt, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return "", status, errNotHTML
	}
	var r io.Reader = resp.Body
	var size int64 // the body's size when the header states it
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
		size = resp.ContentLength
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return "", status, fmt.Errorf("HTTP body: %w", err)
		}
		r = zr
	case "deflate":
		r = inflate(r)
	default:
		return "", status, fmt.Errorf("%w: %q", errEncoding, resp.Header.Get("Content-Encoding"))
	}
	// Room for the stated size spares the buffer's doublings.
	buf.Grow(int(min(max(size, 0), limit)) + bytes.MinRead)
	_, err = buf.ReadFrom(io.LimitReader(r, limit+1))
	// Archives often keep a Content-Length that does not match the bytes they
	// stored (a dropped connection, a payload recorded decoded): what arrived
	// is the page as the crawler saw it.
	if err != nil && !(errors.Is(err, io.ErrUnexpectedEOF) && buf.Len() > 0) {
		return "", status, fmt.Errorf("HTTP body: %w", err)
	}
	if int64(buf.Len()) > limit {
		return "", status, fmt.Errorf("%w: more than %d bytes", berita.ErrTooLarge, limit)
	}
	return params["charset"], status, nil
}

// inflate decodes a body sent with Content-Encoding deflate. HTTP means the
// zlib format (RFC 9110, 8.4.1.2), but many servers send a bare deflate
// stream (RFC 1951); a zlib header is told by its checksum (RFC 1950: the
// first two bytes, read big-endian, are a multiple of 31, with method 8).
func inflate(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if h, err := br.Peek(2); err == nil && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
		if zr, err := zlib.NewReader(br); err == nil {
			return zr
		}
	}
	return flate.NewReader(br)
}

// pages recycles the buffers that hold the inputs: the pages of WARC
// records, carried from the reader to the workers, and the files a worker
// reads. A batch allocates a page's worth less per input, which saves as
// much garbage collection as reading the page costs.
var pages = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// recycle returns a page buffer to the pool, unless it is outsized: one
// huge page should not stay in memory for the rest of the batch.
func recycle(buf *bytes.Buffer) {
	if buf != nil && buf.Cap() <= 4<<20 {
		pages.Put(buf)
	}
}
