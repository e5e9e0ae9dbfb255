// Package warc reads WARC archives, the format web crawlers (Heritrix,
// wget --warc-file, Common Crawl) store their captures in: ISO 28500:2009
// (WARC 1.0) and ISO 28500:2017 (WARC 1.1), plain or as a .warc.gz, one
// gzip member per record.
//
// A Reader steps through the records the way archive/tar's Reader steps
// through files: Next returns the next record's header, and the Reader
// itself reads that record's block. The archive is streamed: only the
// current record's header is held in memory, so memory stays flat however
// large the archive is.
//
//	r, err := warc.NewReader(f)
//	if err != nil {
//		return err
//	}
//	for {
//		rec, err := r.Next()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err
//		}
//		if rec.Type() != "response" {
//			continue
//		}
//		resp, err := warc.ReadResponse(r)
//		…
//	}
//
// ReadResponse reads the HTTP response a response record holds, its body
// decoded from chunked transfer and from Content-Encoding gzip or deflate.
//
// The package needs nothing but the standard library. It does not write
// archives, check digests (WARC-Block-Digest) or follow revisit records to
// the capture they point at.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// ErrTruncated reports an archive that ends, or cannot be read (a cut or
// corrupt gzip member), inside a record's block. Reading the block fails
// with an error matching it, and so does the next call to Next, after
// "warc: record N: ", so that a broken archive is not mistaken for a short
// record.
var ErrTruncated = errors.New("archive ends inside a record")

// A Record is the header of one WARC record: its version line and named
// fields. The record's block, Length bytes, is read from the Reader that
// returned it, until the next call to Next.
type Record struct {
	Version string               // "WARC/1.0" or "WARC/1.1"
	Header  textproto.MIMEHeader // the named fields; look them up with Get
	Length  int64                // Content-Length: the size of the block
}

// Type returns the record's WARC-Type: "response", "request", "warcinfo",
// "metadata", "resource", "revisit", "conversion" or "continuation".
func (rec *Record) Type() string { return rec.Header.Get("WARC-Type") }

// TargetURI returns the record's WARC-Target-URI, without the angle
// brackets WARC 1.0's examples put around it.
func (rec *Record) TargetURI() string {
	return strings.Trim(strings.TrimSpace(rec.Header.Get("WARC-Target-URI")), "<>")
}

// A Reader reads the records of a WARC archive in order. Next moves to the
// next record; Read reads the current record's block, and what the caller
// leaves unread is skipped by the next call to Next.
type Reader struct {
	br    *bufio.Reader
	tp    *textproto.Reader
	block *blockReader // the current record's block; nil before the first
	n     int          // records read
}

// NewReader returns a Reader of the records in r. A gzipped archive (one
// gzip member per record, as the format recommends, or one member for the
// whole archive) is told by its first bytes and read through every member.
// The only error is a gzip header that cannot be read.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); gzipped(magic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: %w", err)
		}
		zr.Multistream(true)
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return &Reader{br: br, tp: textproto.NewReader(br)}, nil
}

// IsArchive reports whether br starts with a WARC record's version line
// ("WARC/1."), in the clear or in a gzip member, without consuming
// anything: how a stream of unknown content (standard input, a download)
// is told from a page.
func IsArchive(br *bufio.Reader) bool {
	const version = "WARC/1."
	head, _ := br.Peek(len(version))
	if !gzipped(head) {
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

// gzipped reports whether head starts with gzip's magic bytes.
func gzipped(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// Next skips what is left of the current record's block and returns the
// next record, or io.EOF after the last one. An archive that breaks off or
// does not follow the format gives another error, which starts with
// "warc: record N: " (N counts from 1), after which the Reader is not
// usable.
func (r *Reader) Next() (*Record, error) {
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
	return &Record{Version: line, Header: h, Length: n}, nil
}

// Read reads from the current record's block. It returns io.EOF at the end
// of the block, and (0, io.EOF) before the first call to Next. An archive
// that ends before the block does gives an error matching ErrTruncated.
func (r *Reader) Read(p []byte) (int, error) {
	if r.block == nil {
		return 0, io.EOF
	}
	return r.block.Read(p)
}

func (r *Reader) fail(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("warc: record %d: %w", r.n+1, err)
}

// clip cuts s to n bytes, marking the cut.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// A blockReader reads the n bytes of a record's block. It fails with an
// error matching ErrTruncated when the archive ends before them or breaks
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
		err = ErrTruncated
	default:
		err = fmt.Errorf("%w: %w", ErrTruncated, err)
	}
	return n, err
}
