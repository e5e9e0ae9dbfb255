package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn2x0[int, func(int, int)](&shardIDFn{})
	register.DoFn4x1[context.Context, int, func(*int) bool, func(*string) bool, error](&writeFn{})
	register.Emitter2[int, string]()
	register.Emitter2[int, int]()
	register.Iter1[int]()
	register.Iter1[string]()
}

// ShardName returns the name of shard i of n that Write gives it:
// prefix-00002-of-00016.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// Write writes the strings of col, each a line ending in a newline, to n
// files named as ShardName says, on any Beam filesystem, spreading them by
// a hash of each line. Every shard is written, an empty file when no line
// falls in it, so that a reader finds all n. The order of the lines in a
// shard is the runner's. A local shard is written under a temporary name
// and renamed when complete; an object store's (gs://, s3://) appears when
// its upload completes.
func Write(s beam.Scope, prefix string, n int, col beam.PCollection) {
	s = s.Scope("berita.Write")
	if n < 1 {
		panic(fmt.Sprintf("berita: %d shards: want 1 or more", n))
	}
	ids := make([]any, n)
	for i := range ids {
		ids[i] = i
	}
	shards := beam.ParDo(s, &shardIDFn{}, beam.Create(s, ids...))
	lines := beam.ParDo(s, &shardFn{Shards: n}, col)
	beam.ParDo0(s, &writeFn{Prefix: prefix, Shards: n}, beam.CoGroupByKey(s, shards, lines))
}

// A shardFn keys each line with its shard.
type shardFn struct {
	Shards int
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	io.WriteString(h, line)
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// A shardIDFn keys a shard's number with itself, so that every shard has
// a group, lines or none.
type shardIDFn struct{}

func (fn *shardIDFn) ProcessElement(i int, emit func(int, int)) { emit(i, i) }

// A writeFn writes a shard's lines to its file.
type writeFn struct {
	Prefix string
	Shards int
}

func (fn *writeFn) ProcessElement(ctx context.Context, shard int, _ func(*int) bool, lines func(*string) bool) (err error) {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	path := name
	renamer, local := fs.(filesystem.Renamer)
	local = local && isLocal(name)
	if local {
		// A retried or concurrent attempt writes its own file.
		path = fmt.Sprintf("%s.tmp-%016x", name, rand.Uint64())
	}
	wc, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	if rm, ok := fs.(filesystem.Remover); ok && local {
		defer func() {
			if err != nil {
				rm.Remove(ctx, path)
			}
		}()
	}
	w := bufio.NewWriterSize(wc, 1<<20)
	var line string
	for lines(&line) {
		if _, err := w.WriteString(line); err != nil {
			wc.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		wc.Close()
		return err
	}
	if err := wc.Close(); err != nil {
		return err
	}
	if local {
		return renamer.Rename(ctx, path, name)
	}
	return nil
}
