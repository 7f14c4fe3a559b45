module ringway/tools/yaml-oracle

go 1.12

require github.com/timfpark/yaml v0.0.0-20190612232118-2e9e29c9df01
