def log = new File(basedir, 'build.log').text
assert log.contains('kubecheck: parameter failOn must be error, warning, info or none, not "sometimes"')
assert !log.contains('Exception in thread')
