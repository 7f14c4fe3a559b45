// yaml-oracle answers how Fabrikate's YAML library (github.com/timfpark/yaml, the yaml.v2 fork
// Fabrikate f2aed3a pins) reads and writes documents. It is the oracle of ringway's differential
// YAML test (test/hld/yaml-differential.test.ts).
//
// Input: JSON lines on stdin, {"id": "...", "text": "..."} or {"id": "...", "b64": "..."} (raw bytes).
// Output: one JSON line per input, in order, with two readings of the document:
//   - "map":    yaml.Unmarshal into map[interface{}]interface{} (how fab reads helm's output before
//     injecting a namespace), then yaml.Marshal of it.
//   - "struct": yaml.Unmarshal into a struct shaped like Fabrikate's ComponentConfig (how fab reads
//     config/<env>.yaml), then yaml.Marshal of its Config (the values file fab gives helm)
//     and of the whole struct (what `fab set` writes back).
//
// Each reading has "value" (a typed canonical form, see canon), "out" (marshalled bytes), "err"
// (the error text) or "panic" (a recovered panic).
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	yaml "github.com/timfpark/yaml"
)

// componentConfig has the shape of Fabrikate's core.ComponentConfig (its yaml-visible fields).
type componentConfig struct {
	Namespace       string                     `yaml:"namespace,omitempty"`
	InjectNamespace bool                       `yaml:"injectNamespace,omitempty"`
	Disabled        bool                       `yaml:"disabled,omitempty"`
	Config          map[string]interface{}     `yaml:"config,omitempty"`
	Subcomponents   map[string]componentConfig `yaml:"subcomponents,omitempty"`
}

type request struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	B64  string `json:"b64"`
}

type reading struct {
	Value  *string `json:"value,omitempty"`
	Out    *string `json:"out,omitempty"`
	Values *string `json:"values,omitempty"`
	Err    *string `json:"err,omitempty"`
	Panic  *string `json:"panic,omitempty"`
}

type answer struct {
	ID     string  `json:"id"`
	Map    reading `json:"map"`
	Struct reading `json:"struct"`
}

func str(s string) *string { return &s }

// text keeps bytes that are not UTF-8 visible: "bytes:<hex>".
func text(b []byte) *string {
	if utf8.Valid(b) {
		return str(string(b))
	}
	return str("bytes:" + hex.EncodeToString(b))
}

// canon prints a decoded value with its Go type: null, bool:true, int:5, float:1e+06, "text"
// (quoted by quote; bytes:<hex> when not UTF-8), time:<RFC3339Nano>, [a,b], {k:v,...} with entries
// sorted by the key's canonical form.
func canon(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "bool:" + strconv.FormatBool(x)
	case int:
		return "int:" + strconv.Itoa(x)
	case int64:
		return "int:" + strconv.FormatInt(x, 10)
	case uint64:
		return "int:" + strconv.FormatUint(x, 10)
	case float64:
		return "float:" + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		if !utf8.ValidString(x) {
			return "bytes:" + hex.EncodeToString([]byte(x))
		}
		return quote(x)
	case time.Time:
		return "time:" + x.Format(time.RFC3339Nano)
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = canon(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[interface{}]interface{}:
		entries := make([]string, 0, len(x))
		for k, e := range x {
			entries = append(entries, canon(k)+":"+canon(e))
		}
		sort.Strings(entries)
		return "{" + strings.Join(entries, ",") + "}"
	case map[string]interface{}:
		entries := make([]string, 0, len(x))
		for k, e := range x {
			entries = append(entries, canon(k)+":"+canon(e))
		}
		sort.Strings(entries)
		return "{" + strings.Join(entries, ",") + "}"
	case componentConfig:
		subs := make(map[string]interface{}, len(x.Subcomponents))
		for k, s := range x.Subcomponents {
			subs[k] = s
		}
		return fmt.Sprintf("struct{namespace:%s,injectNamespace:%t,disabled:%t,config:%s,subcomponents:%s}",
			canon(x.Namespace), x.InjectNamespace, x.Disabled, canonMap(x.Config), canonMap(subs))
	default:
		return fmt.Sprintf("other:%T:%v", v, v)
	}
}

// quote writes printable ASCII as it is and every other character, '"' and '\\' as \u{hex}.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r >= 0x20 && r < 0x7f && r != '"' && r != '\\' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "\\u{%x}", r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// canonMap prints a nil map as {} (an absent field and an empty one read the same to Fabrikate).
func canonMap(m map[string]interface{}) string {
	if m == nil {
		return "{}"
	}
	return canon(m)
}

// guard runs f and turns a panic into r.Panic.
func guard(r *reading, f func()) {
	defer func() {
		if p := recover(); p != nil {
			r.Value, r.Out, r.Values, r.Err = nil, nil, nil, nil
			r.Panic = str(fmt.Sprint(p))
		}
	}()
	f()
}

func readMap(doc []byte) (r reading) {
	guard(&r, func() {
		m := map[interface{}]interface{}{}
		if err := yaml.Unmarshal(doc, &m); err != nil {
			r.Err = str(err.Error())
			return
		}
		r.Value = str(canon(m))
		out, err := yaml.Marshal(&m)
		if err != nil {
			r.Err = str("marshal: " + err.Error())
			return
		}
		r.Out = text(out)
	})
	return r
}

func readStruct(doc []byte) (r reading) {
	guard(&r, func() {
		var c componentConfig
		if err := yaml.Unmarshal(doc, &c); err != nil {
			r.Err = str(err.Error())
			return
		}
		r.Value = str(canon(c))
		values, err := yaml.Marshal(&c.Config)
		if err != nil {
			r.Err = str("marshal config: " + err.Error())
			return
		}
		r.Values = text(values)
		out, err := yaml.Marshal(&c)
		if err != nil {
			r.Err = str("marshal: " + err.Error())
			return
		}
		r.Out = text(out)
	})
	return r
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			fmt.Fprintln(os.Stderr, "yaml-oracle: bad request line:", err)
			os.Exit(2)
		}
		doc := []byte(req.Text)
		if req.B64 != "" {
			b, err := base64.StdEncoding.DecodeString(req.B64)
			if err != nil {
				fmt.Fprintln(os.Stderr, "yaml-oracle: bad b64 in", req.ID)
				os.Exit(2)
			}
			doc = b
		}
		if err := enc.Encode(answer{ID: req.ID, Map: readMap(doc), Struct: readStruct(doc)}); err != nil {
			fmt.Fprintln(os.Stderr, "yaml-oracle:", err)
			os.Exit(2)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "yaml-oracle:", err)
		os.Exit(2)
	}
}
