def log = new File(basedir, 'build.log').text
assert log.contains('kubecheck: skipped')
assert !log.contains('[invalid-name]')
assert !new File(basedir, 'target/kubecheck').exists()
