package berita

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestConcurrent parses every fixture from 16 goroutines with one shared
// Parser and compares each result with a sequential parse, as "a Parser is
// safe for concurrent use" promises. Run it with -race.
func TestConcurrent(t *testing.T) {
	files, err := filepath.Glob("testdata/*.*[lt]")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	p := &Parser{Now: goldenNow}
	type result struct {
		a   *Article
		err string
	}
	parse := func(file string, b []byte) result {
		var a *Article
		var err error
		if strings.HasSuffix(file, ".html") {
			a, err = p.ParseHTML(bytes.NewReader(b))
		} else {
			a, err = p.ParseText(string(b))
		}
		r := result{a: a}
		if err != nil {
			r.err = err.Error()
		}
		return r
	}
	inputs := make([][]byte, len(files))
	want := make([]result, len(files))
	for i, file := range files {
		inputs[i], err = os.ReadFile(file)
		require.NoError(t, err)
		want[i] = parse(file, inputs[i])
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range files {
				i := (k + g) % len(files) // each goroutine starts elsewhere
				if got := parse(files[i], inputs[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: %s parses differently than alone", g, files[i])
				}
			}
		}()
	}
	wg.Wait()
}

// TestArticleOutlivesLaterParses holds every fixture's Article while all
// the fixtures are parsed again, and checks that none changed: the parser
// keeps scratch room from one parse to the next, and none of it may be
// shared with an Article it returned.
func TestArticleOutlivesLaterParses(t *testing.T) {
	files, err := filepath.Glob("testdata/*.*[lt]")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	p := &Parser{Now: goldenNow}
	parse := func(file string) *Article {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		var a *Article
		if strings.HasSuffix(file, ".html") {
			a, _ = p.ParseHTML(bytes.NewReader(b))
		} else {
			a, _ = p.ParseText(string(b))
		}
		return a
	}
	articles := make([]*Article, len(files))
	snapshots := make([][]byte, len(files))
	for i, file := range files {
		articles[i] = parse(file)
		snapshots[i], err = json.Marshal(articles[i])
		require.NoError(t, err)
	}
	for _, file := range files {
		parse(file)
	}
	for i, file := range files {
		now, err := json.Marshal(articles[i])
		require.NoError(t, err)
		require.JSONEq(t, string(snapshots[i]), string(now), "%s changed after later parses", file)
	}
}
