package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/warta-id/berita"
)

// A source is one input named on the command line or found in a folder.
type source struct {
	path string
	warc bool
	size int64 // bytes on disk, for the ETA; -1 when unknown (standard input)
	err  error // why it cannot be read, found while listing
}

// A job is one article to parse: a file, standard input, or the page of a
// WARC response record.
type job struct {
	seq   int
	name  string        // the file, or "-"; for a WARC record, the archive
	warc  *provenance   // a WARC record's capture; nil for a file
	page  *bytes.Buffer // a WARC record's HTTP body, from the pages pool; nil for a file
	label string        // the charset the record's HTTP header names
	err   error         // why the input could not be read
	size  int64         // bytes of the source this job used up, for the ETA
}

// A provenance is where a WARC record's page comes from: the address it was
// fetched from (WARC-Target-URI), the record's WARC-Date (the capture time)
// and WARC-Record-ID, and the HTTP status of the response it holds.
type provenance struct {
	url      string
	date     string // as the record states it, RFC 3339
	recordID string
	status   int
}

// A result is a parsed job, rendered.
type result struct {
	seq    int
	name   string
	warc   *provenance // a WARC record's; nil for a file
	out    []byte      // what to print; nil when the article is filtered out
	err    error
	status status
	outlet string
	size   int64
}

// A status is what became of an input.
type status int

const (
	parsed      status = iota // an article, printed
	failed                    // an error
	skipped                   // not an article
	filtered                  // an article that -outlet or -min-words dropped
	undecodable               // a WARC record whose body berita cannot decode; counted with the WARC skips
)

// isWARC reports whether path names a WARC archive.
func isWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
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

// listSources expands the command line's PATHs into sources in order,
// walking folders in lexical order, and counts the files of the folders
// that are not inputs. Symbolic links to files are followed; links to
// folders are not, so a walk cannot loop. A PATH that cannot be read is a
// source with an error, so that it prints as a failed record in its place.
func listSources(paths []string, stdinWARC bool) (srcs []source, notPages int) {
	for _, p := range paths {
		if p == "-" {
			srcs = append(srcs, source{path: p, warc: stdinWARC, size: -1})
			continue
		}
		fi, err := os.Stat(p)
		switch {
		case err != nil:
			srcs = append(srcs, source{path: p, err: err})
		case !fi.IsDir():
			srcs = append(srcs, source{path: p, warc: isWARC(p), size: fi.Size()})
		default:
			// WalkDir visits entries in lexical order, so the output order
			// is the same on every run and every system.
			err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					srcs = append(srcs, source{path: path, err: err})
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
				srcs = append(srcs, source{path: path, size: fi.Size()})
				return nil
			})
			if err != nil {
				srcs = append(srcs, source{path: p, err: err})
			}
		}
	}
	return srcs, notPages
}

// runBatch parses every input with o.jobs workers and prints the results in
// input order. At most 4×o.jobs inputs are in flight (queued, being parsed,
// or parsed and waiting for an earlier one), which bounds memory whatever
// the number of inputs or the size of an archive.
func runBatch(o *options, paths []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// The window keeps the live heap small (a few pages per worker), so the
	// default GOGC of 100 collects every few articles: a parse allocates
	// about six times its page. Letting the heap grow to five times the live
	// data cut the CPU of a 2-worker WARC batch by a fifth, for some 40 MB
	// more. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	srcs, notPages := listSources(paths, o.stdinWARC)
	st := newStats(srcs, stderr, o.quiet)
	st.notPages = notPages

	window := 4 * o.jobs
	slots := make(chan struct{}, window) // a slot per input in flight
	jobs := make(chan *job, window)
	results := make(chan *result, window)
	done := make(chan struct{}) // closed when the output fails: stop early
	var warcSkips warcSkips

	go func() {
		defer close(jobs)
		produce(srcs, stdin, o.parser.MaxBytes, &warcSkips, func(j *job) bool {
			select {
			case slots <- struct{}{}:
			case <-done:
				return false
			}
			jobs <- j
			return true
		})
	}()
	var wg sync.WaitGroup
	for range o.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case <-done:
					results <- &result{seq: j.seq}
				default:
					results <- work(o, j, stdin, false)
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	w := bufio.NewWriterSize(stdout, 64<<10)
	var werr error
	pending := make(map[int]*result, window)
	next := 0
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for results != nil {
		select {
		case r, ok := <-results:
			if !ok {
				results = nil
				break
			}
			pending[r.seq] = r
			for r := pending[next]; r != nil; r = pending[next] {
				delete(pending, next)
				next++
				<-slots
				if werr == nil {
					werr = emit(w, r, o.output, st, stderr)
					if werr != nil {
						close(done)
					}
				}
			}
		case <-tick.C:
			st.progress(false)
		}
	}
	if werr == nil {
		werr = w.Flush()
	}
	st.warc = warcSkips.summary(int64(st.undecodable))
	st.finish()
	if werr != nil {
		fmt.Fprintf(stderr, "berita: %v\n", werr)
		return exitFailed
	}
	if st.failed > 0 {
		return exitFailed
	}
	return exitOK
}

// emit prints one result and counts it. Text and Markdown articles are
// separated by a form-feed line or a "---" line, and their errors go to
// stderr; JSON records carry their errors themselves.
func emit(w *bufio.Writer, r *result, output string, st *stats, stderr io.Writer) error {
	st.add(r)
	if r.status == failed && output != "json" {
		name := r.name
		if r.warc != nil {
			name = r.warc.url
		}
		fmt.Fprintf(stderr, "berita: %s: %v\n", name, trimPrefix(r.err))
	}
	if r.out == nil {
		return nil
	}
	if st.printed > 0 {
		switch output {
		case "text":
			w.WriteString("\n\f\n\n")
		case "md":
			w.WriteString("\n---\n\n")
		}
	}
	st.printed++
	_, err := w.Write(r.out)
	return err
}

// produce sends a job for each source in order, reading WARC archives
// record by record. send blocks while the window is full and reports false
// when the run stops early.
func produce(srcs []source, stdin io.Reader, limit int64, skips *warcSkips, send func(*job) bool) {
	seq := 0
	for _, src := range srcs {
		if !src.warc || src.err != nil {
			if !send(&job{seq: seq, name: src.path, err: src.err, size: src.size}) {
				return
			}
			seq++
			continue
		}
		if !readWARC(src.path, stdin, limit, skips, func(j *job) bool {
			j.seq = seq
			seq++
			return send(j)
		}) {
			return
		}
	}
}

// warcSkips counts the WARC records that are not HTML pages.
type warcSkips struct {
	notResponse atomic.Int64 // warcinfo, request, metadata, revisit … records
	notHTML     atomic.Int64 // responses with another Content-Type, and DNS records
	notOK       atomic.Int64 // responses whose HTTP status is not 2xx: error pages, redirect stubs
}

// summary says how many records were skipped, nu of them printed with an
// error for a body berita cannot decode.
func (s *warcSkips) summary(nu int64) string {
	nr, nh, no := s.notResponse.Load(), s.notHTML.Load(), s.notOK.Load()
	if nr+nh+no+nu == 0 {
		return ""
	}
	out := fmt.Sprintf("%d WARC records skipped (%d not responses, %d not HTML", nr+nh+no+nu, nr, nh)
	if no > 0 {
		out += fmt.Sprintf(", %d not 2xx", no)
	}
	if nu > 0 {
		out += fmt.Sprintf(", %d undecodable", nu)
	}
	return out + ")"
}

// readWARC sends a job for each HTML response in the archive at path ("-":
// stdin), in order. An archive that cannot be read, or breaks off, ends
// with a job holding the error. It reports false when send does.
func readWARC(path string, stdin io.Reader, limit int64, skips *warcSkips, send func(*job) bool) bool {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return send(&job{name: path, err: err})
		}
		defer f.Close()
		r = f
	}
	cr := &countingReader{r: r}
	wr, err := newWARCReader(cr)
	if err != nil {
		return send(&job{name: path, err: err})
	}
	var used int64 // bytes of the archive read for the jobs sent so far
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return send(&job{name: path, err: err, size: cr.n - used})
		}
		if rec.Type() != "response" {
			skips.notResponse.Add(1)
			continue
		}
		// Heritrix keeps DNS lookups as response records of type text/dns.
		if mt, _, _ := mime.ParseMediaType(rec.Header.Get("Content-Type")); mt != "" && mt != "application/http" {
			skips.notHTML.Add(1)
			continue
		}
		buf := pages.Get().(*bytes.Buffer)
		label, status, err := readHTTPResponse(rec.Block, limit, buf)
		if err != nil {
			recycle(buf)
			buf = nil
		}
		switch {
		case errors.Is(err, errNotHTML):
			skips.notHTML.Add(1)
			continue
		case errors.Is(err, errNotOK):
			skips.notOK.Add(1)
			continue
		case errors.Is(err, errTruncated):
			continue // Next reports the broken archive
		}
		prov := &provenance{url: rec.TargetURI(), date: strings.TrimSpace(rec.Header.Get("WARC-Date")),
			recordID: strings.TrimSpace(rec.Header.Get("WARC-Record-ID")), status: status}
		j := &job{name: path, warc: prov, page: buf, label: label, err: err, size: cr.n - used}
		used = cr.n
		if !send(j) {
			return false
		}
	}
}

// A countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// work parses one job and renders its output; indent asks for the indented
// JSON of a single article.
func work(o *options, j *job, stdin io.Reader, indent bool) *result {
	r := &result{seq: j.seq, name: j.name, warc: j.warc, size: j.size}
	a, err := parse(o, j, stdin)
	switch {
	case err == nil:
		r.status = parsed
	case errors.Is(err, berita.ErrNotArticle):
		r.status = skipped
	case errors.Is(err, errEncoding):
		r.status = undecodable
	default:
		r.status = failed
	}
	r.err = err
	if a != nil {
		r.outlet = a.Outlet
	}
	if a != nil && !o.keep(a, r.status) {
		r.status = filtered
		return r
	}
	if err != nil {
		if o.output != "json" || indent {
			return r // printed on stderr
		}
		a = nil
	}
	out, rerr := render(o, r, a, indent)
	if rerr != nil {
		r.status, r.err = failed, rerr
		if o.output == "json" && !indent {
			out, _ = render(o, r, nil, false)
		}
	}
	r.out = out
	return r
}

// keep reports whether the filters let an article through. A page that is
// not an article still has an outlet, so -outlet drops it too.
func (o *options) keep(a *berita.Article, st status) bool {
	if len(o.outlets) > 0 && st != failed {
		name := strings.ToLower(a.Outlet)
		found := false
		for _, s := range o.outlets {
			if strings.Contains(name, s) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return st != parsed || o.minWords == 0 || words(a) >= o.minWords
}

// words counts the words of an article's paragraphs: its WordCount.
func words(a *berita.Article) int { return a.WordCount }

// parse reads a job's input and parses it.
func parse(o *options, j *job, stdin io.Reader) (*berita.Article, error) {
	if j.err != nil {
		return nil, j.err
	}
	if j.warc != nil { // a WARC record
		defer recycle(j.page) // ParseHTML keeps no reference to its input
		p := o.parser
		p.URL = j.warc.url
		p.Charset = j.label
		// Relative dates ("2 jam lalu") are relative to the capture, not to
		// the clock, unless -now says otherwise.
		if t, err := time.Parse(time.RFC3339, j.warc.date); err == nil && !o.nowSet {
			p.Now = t
		}
		return p.ParseHTML(bytes.NewReader(j.page.Bytes()))
	}
	buf := pages.Get().(*bytes.Buffer)
	defer recycle(buf) // the library keeps no reference to its input
	if err := readInput(j.name, stdin, o.parser.MaxBytes, buf); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	switch o.format {
	case "html":
		return o.parser.ParseHTML(bytes.NewReader(data))
	case "text":
		return o.parser.ParseText(string(data))
	}
	return o.parser.Parse(bytes.NewReader(data))
}

// readInput reads a file, or standard input for "-", into buf, and ungzips
// it when it starts with gzip's magic bytes. It reads one byte more than the
// library accepts, so that a gzip bomb fails with berita.ErrTooLarge and no
// more.
func readInput(name string, stdin io.Reader, limit int64, buf *bytes.Buffer) error {
	buf.Reset()
	var r io.Reader = stdin
	size := int64(-1) // unknown: standard input
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		r = f
	}
	r, zipped, err := ungzip(r)
	if err != nil {
		return err
	}
	if size >= 0 && !zipped {
		// Room for the whole file spares the buffer's doublings.
		buf.Grow(int(min(size, limit)) + bytes.MinRead)
	}
	_, err = buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil && zipped {
		return fmt.Errorf("gzip: %w", err)
	}
	return err
}

// ungzip returns r's bytes, inflated when they start with gzip's magic
// bytes (a page saved as .html.gz, or without the extension).
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
