mkdir -p app/manifests app/config
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-hook\n' > app/manifests/cm.yaml
printf 'subcomponents:\n  files:\n    disabled: false\n' > app/config/common.yaml
