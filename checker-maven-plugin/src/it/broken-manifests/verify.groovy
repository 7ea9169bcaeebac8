def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/k8s/bad.yaml').canonicalPath
assert log.contains("[ERROR] ${file}:4:3: error [invalid-name] name \"Bad_Name\"")
assert log.contains('[ERROR]     fix: ')
assert log.contains('kubecheck: findings at or above failOn=error: 1 file, 1 object: 1 error')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/kubecheck/kubecheck.txt').text.contains('[invalid-name]')
