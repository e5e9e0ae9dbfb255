package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/record"
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
	record.Input
	seq  int
	size int64 // bytes of the source this job used up, for the ETA
}

// A result is a parsed job, rendered.
type result struct {
	seq    int
	in     record.Input // without its page
	out    []byte       // what to print; nil when the article is filtered out
	err    error
	status record.Status
	outlet string
	size   int64
}

// listSources expands the command line's PATHs into sources in order, as
// record.Expand does, and counts the files of the folders that are not
// inputs.
func listSources(paths []string, stdinWARC bool) (srcs []source, notPages int) {
	for _, p := range paths {
		if p == "-" {
			srcs = append(srcs, source{path: p, warc: stdinWARC, size: -1})
			continue
		}
		notPages += record.Expand(p, func(path string, size int64, err error) {
			srcs = append(srcs, source{path: path, warc: err == nil && record.IsWARC(path), size: size, err: err})
		})
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
		produce(srcs, stdin, o.rec.Parser.MaxBytes, &warcSkips, func(j *job) bool {
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
	if r.status == record.Failed && output != "json" {
		name := r.in.Name
		if r.in.WARC != nil {
			name = r.in.WARC.URL
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
			if !send(&job{Input: record.Input{Name: src.path, Err: src.err}, seq: seq, size: src.size}) {
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

// add counts a skipped record.
func (s *warcSkips) add(why record.Skip) {
	switch why {
	case record.NotResponse:
		s.notResponse.Add(1)
	case record.NotHTML:
		s.notHTML.Add(1)
	case record.NotOK:
		s.notOK.Add(1)
	}
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
// stdin), in order, as record.ReadWARC reads them. It reports false when
// send does.
func readWARC(path string, stdin io.Reader, limit int64, skips *warcSkips, send func(*job) bool) bool {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return send(&job{Input: record.Input{Name: path, Err: err}})
		}
		defer f.Close()
		r = f
	}
	cr := &countingReader{r: r}
	var used int64 // bytes of the archive read for the jobs sent so far
	return record.ReadWARC(cr, path, limit, skips.add, func(in *record.Input) bool {
		j := &job{Input: *in, size: cr.n - used}
		used = cr.n
		return send(j)
	})
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
	r := &result{seq: j.seq, in: j.Input, size: j.size}
	r.in.Page = nil
	a, err := parse(o, j, stdin)
	r.err = err
	if a != nil {
		r.outlet = a.Outlet
	}
	if o.output == "json" && !indent {
		r.out, r.status = o.rec.Line(&r.in, a, err)
		return r
	}
	r.status = o.rec.Judge(a, err)
	if r.status == record.Filtered || err != nil {
		return r // an error is printed on stderr
	}
	out, rerr := render(o, a, indent)
	if rerr != nil {
		r.status, r.err = record.Failed, rerr
	}
	r.out = out
	return r
}

// parse reads a job's input and parses it.
func parse(o *options, j *job, stdin io.Reader) (*berita.Article, error) {
	if j.Err != nil {
		return nil, j.Err
	}
	if j.WARC != nil { // a WARC record
		defer record.Recycle(j.Page)
		return o.rec.Parse(&j.Input, j.Page.Bytes())
	}
	buf := record.Pages.Get().(*bytes.Buffer)
	defer record.Recycle(buf)
	if err := readInput(j.Name, stdin, o.rec.Parser.MaxBytes, buf); err != nil {
		return nil, err
	}
	return o.rec.Parse(&j.Input, buf.Bytes())
}

// readInput reads a file, or standard input for "-", into buf, as
// record.ReadPage does.
func readInput(name string, stdin io.Reader, limit int64, buf *bytes.Buffer) error {
	if name == "-" {
		return record.ReadPage(stdin, -1, limit, buf)
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return record.ReadPage(f, size, limit, buf)
}
