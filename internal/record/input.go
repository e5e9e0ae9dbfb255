package record

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/warta-id/berita"
)

// Pages recycles the buffers that hold the inputs: the pages of WARC
// records, carried from the archive's reader to the parsers, and the files
// a parser reads. A batch allocates a page's worth less per input, which
// saves as much garbage collection as reading the page costs.
var Pages = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Recycle returns a page buffer to Pages, unless it is outsized: one huge
// page should not stay in memory for the rest of the batch. The library
// keeps no reference to its input, so a buffer is free once parsed.
func Recycle(buf *bytes.Buffer) {
	if buf != nil && buf.Cap() <= 4<<20 {
		Pages.Put(buf)
	}
}

// IsWARC reports whether a path names a WARC archive (*.warc, *.warc.gz).
func IsWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// ReadPage reads a file's bytes from r into buf, inflated when they start
// with gzip's magic bytes (a page saved as .html.gz, or without the
// extension). size is the file's size when known (-1 otherwise), to size
// the buffer. It reads one byte more than limit, so that the parser fails
// with berita.ErrTooLarge, and so that a gzip bomb is read no further.
func ReadPage(r io.Reader, size, limit int64, buf *bytes.Buffer) error {
	buf.Reset()
	r, zipped, err := ungzip(r)
	if err != nil {
		return err
	}
	if zipped {
		size = -1
	}
	err = fill(buf, r, size, limit)
	if err != nil && zipped {
		return fmt.Errorf("gzip: %w", err)
	}
	return err
}

// fill reads r into buf, limit+1 bytes at most. size is how many bytes r
// holds, or -1 when not known: room for them spares the buffer's
// doublings.
func fill(buf *bytes.Buffer, r io.Reader, size, limit int64) error {
	if size >= 0 {
		buf.Grow(int(min(size, limit)) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	return err
}

// ungzip returns r's bytes, inflated when they start with gzip's magic
// bytes, and whether they did.
func ungzip(r io.Reader) (io.Reader, bool, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return br, false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, true, fmt.Errorf("gzip: %w", err)
	}
	return zr, true, nil
}

// A pageKind says whether a file found in a folder is an input.
type pageKind int

const (
	notPage   pageKind = iota
	page               // *.html, *.htm, *.txt, optionally gzipped
	maybePage          // a web page saved under its server's name: an input if its content is HTML
)

// pageByName tells an input by the file's name. Mirrors made by wget and
// HTTrack keep pages under the name the server gave them: *.shtml,
// *.xhtml, *.php, *.asp, *.aspx, or no extension at all ("…/read/123").
func pageByName(name string) pageKind {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	ext := filepath.Ext(n)
	switch ext {
	case ".html", ".htm", ".txt":
		return page
	case ".shtml", ".xhtml", ".php", ".asp", ".aspx", "":
		if strings.HasPrefix(n, ".") {
			return notPage // a hidden file: .htaccess, .DS_Store
		}
		return maybePage
	}
	return notPage
}

// sniffHTML reports whether the file at path starts as an HTML page does,
// gzipped or not.
func sniffHTML(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true // listed, so that the error prints as the input's record
	}
	defer f.Close()
	r, _, err := ungzip(f)
	if err != nil {
		return false
	}
	head := make([]byte, 1024)
	n, _ := io.ReadFull(r, head)
	return berita.IsHTML(head[:n])
}

// walk calls fn for each input in the folder root and its subfolders, in
// lexical order, so that the order is the same on every run and every
// system: the files named *.html, *.htm and *.txt, each optionally
// gzipped, and the pages a mirror saves under the server's names (*.shtml,
// *.xhtml, *.php, *.asp, *.aspx, no extension) when their content is HTML.
// size is the file's size. A file or folder that cannot be read is passed
// with its error, so that it prints as a failed record in its place.
// Symbolic links to files are followed; links to folders are not, so a
// walk cannot loop. walk returns the number of files that are not inputs.
func walk(root string, fn func(path string, size int64, err error)) (notPages int) {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fn(path, 0, err)
			return nil
		}
		if d.IsDir() {
			return nil
		}
		fi, err := os.Stat(path) // through a symbolic link
		if err != nil || !fi.Mode().IsRegular() {
			notPages++ // a broken link, a link to a folder, a device
			return nil
		}
		switch pageByName(d.Name()) {
		case page:
		case maybePage:
			if !sniffHTML(path) {
				notPages++
				return nil
			}
		default:
			notPages++
			return nil
		}
		fn(path, fi.Size(), nil)
		return nil
	})
	if err != nil {
		fn(root, 0, err)
	}
	return notPages
}

// Expand calls fn for the inputs a path names: the file itself, with its
// size, the inputs of a folder as walk finds them, or the path with its
// error when it cannot be read, so that it prints as a failed record in
// its place. It returns the number of a folder's files that are not
// inputs.
func Expand(path string, fn func(path string, size int64, err error)) (notPages int) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		fn(path, 0, err)
	case !fi.IsDir():
		fn(path, fi.Size(), nil)
	default:
		return walk(path, fn)
	}
	return 0
}

// ParseSize reads a size in bytes, as -max-bytes takes it: "1048576", "512KiB", "64MiB", "1GiB"
// (also "KB", "MB", "GB", "k", "M", "G", all meaning powers of 1024).
func ParseSize(s string) (int64, error) {
	t, mult := strings.TrimSpace(s), int64(1)
	for _, u := range sizeUnits {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size (want bytes, or a number with KiB, MiB or GiB)", s)
	}
	return n * mult, nil
}

// sizeUnits are the suffixes ParseSize reads, longest first.
var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
	{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30},
	{"k", 1 << 10}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30},
}
