package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/warta-id/berita/internal/record"
)

// stats counts a batch's results as they are printed, draws the progress
// line and writes the summary.
type stats struct {
	w     io.Writer
	tty   bool   // w is a terminal: draw the progress line
	quiet bool   // -q: neither progress nor summary
	unit  string // "files", or "records" when an archive is read
	start time.Time
	now   func() time.Time

	done, printed                     int
	parsed, failed, skipped, filtered int
	undecodable                       int            // WARC records whose body berita cannot decode
	outlets                           map[string]int // parsed articles by outlet
	bytesDone, bytesTotal             int64          // of the inputs, for the ETA; bytesTotal < 0 when unknown
	drawn                             bool           // a progress line is on screen
	warc                              string         // the WARC records skipped, for the summary
	notPages                          int            // files of the folders walked that are not inputs
}

// progressAfter is how long a batch runs before its progress shows: a
// short one finishes without drawing anything.
const progressAfter = time.Second

func newStats(srcs []source, w io.Writer, quiet bool) *stats {
	st := &stats{w: w, quiet: quiet, unit: "files", start: time.Now(), now: time.Now, outlets: make(map[string]int)}
	if f, ok := w.(*os.File); ok {
		st.tty = isTerminal(f)
	}
	for _, s := range srcs {
		if s.size < 0 {
			st.bytesTotal = -1
			break
		}
		st.bytesTotal += s.size
		if s.warc {
			st.unit = "records"
		}
	}
	return st
}

// add counts a result about to be printed.
func (st *stats) add(r *result) {
	st.done++
	st.bytesDone += r.size
	switch r.status {
	case record.Parsed:
		st.parsed++
		name := r.outlet
		if name == "" {
			name = "no outlet"
		}
		st.outlets[name]++
	case record.Failed:
		st.failed++
	case record.NotArticle:
		st.skipped++
	case record.Filtered:
		st.filtered++
	case record.Undecodable:
		st.undecodable++
	}
}

// progress redraws the progress line on a terminal once the batch has run
// for progressAfter; final clears it.
func (st *stats) progress(final bool) {
	if st.quiet || !st.tty {
		return
	}
	if final {
		if st.drawn {
			fmt.Fprint(st.w, "\r\x1b[K")
		}
		return
	}
	elapsed := st.now().Sub(st.start)
	if elapsed < progressAfter {
		return
	}
	fmt.Fprint(st.w, "\r\x1b[K"+st.line(elapsed))
	st.drawn = true
}

// line is the text of the progress line: "1200 files, 3 failed, 412.5/s,
// 0:03 elapsed, ETA 0:09". The ETA needs the inputs' total size, so it is
// left out when standard input is one of them.
func (st *stats) line(elapsed time.Duration) string {
	s := fmt.Sprintf("%d %s, %d failed, %.1f/s, %s elapsed", st.done, st.unit, st.failed, rate(st.done, elapsed), clock(elapsed))
	if st.bytesTotal > 0 && st.bytesDone > 0 {
		left := float64(st.bytesTotal-st.bytesDone) / float64(st.bytesDone) * float64(elapsed)
		s += ", ETA " + clock(time.Duration(max(left, 0)))
	}
	return s
}

// finish clears the progress line and writes the summary:
// "berita: 84 parsed, 0 failed, 5 skipped (not articles); Kompas.com 14,
// detikNews 9, …; 89 files in 1.2s, 72.4/s".
func (st *stats) finish() {
	st.progress(true)
	if st.quiet {
		return
	}
	fmt.Fprintln(st.w, st.summary(st.now().Sub(st.start)))
}

func (st *stats) summary(elapsed time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "berita: %d parsed, %d failed, %d skipped (not articles)", st.parsed, st.failed, st.skipped)
	if st.filtered > 0 {
		fmt.Fprintf(&b, ", %d filtered out", st.filtered)
	}
	if st.warc != "" {
		b.WriteString(", " + st.warc)
	}
	if st.notPages > 0 {
		fmt.Fprintf(&b, ", %d files skipped (not pages)", st.notPages)
	}
	names := slices.SortedFunc(maps.Keys(st.outlets), func(x, y string) int {
		return cmp.Or(cmp.Compare(st.outlets[y], st.outlets[x]), cmp.Compare(x, y))
	})
	const most = 12
	for i, name := range names {
		sep := ", "
		if i == 0 {
			sep = "; "
		}
		if i == most {
			fmt.Fprintf(&b, ", %d more outlets", len(names)-most)
			break
		}
		fmt.Fprintf(&b, "%s%s %d", sep, name, st.outlets[name])
	}
	fmt.Fprintf(&b, "; %d %s in %s, %.1f/s", st.done, st.unit, elapsed.Round(time.Millisecond), rate(st.done, elapsed))
	return b.String()
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// clock prints a duration as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
