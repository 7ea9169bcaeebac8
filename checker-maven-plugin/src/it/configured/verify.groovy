def log = new File(basedir, 'build.log').text
assert log.contains('kubecheck: 1 file, 1 object: 0 errors')
def json = new File(basedir, 'target/kubecheck/kubecheck.json').text
assert json.contains('"kubeVersion": "1.29"')
assert !json.contains('generated')
