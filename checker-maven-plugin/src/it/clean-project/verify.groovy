def log = new File(basedir, 'build.log').text
assert log.contains('kubecheck: 1 file, 2 objects: 0 errors, 0 warnings, 0 info')
assert log.contains('reports in target/kubecheck')
def reports = new File(basedir, 'target/kubecheck')
['kubecheck.txt', 'kubecheck.json', 'kubecheck.sarif', 'kubecheck.xml'].each {
  assert new File(reports, it).isFile() : "missing report $it"
}
assert new File(reports, 'kubecheck.json').text.contains('"files": 1')
assert new File(reports, 'kubecheck.sarif').text.contains('"version": "2.1.0"')
assert new File(reports, 'kubecheck.xml').text.contains('name="ConfigMap shop/shop-settings"')
