# Regular expressions over lone surrogates: classes, ranges across the
# surrogate block, literals, escapes.
import re
print(re.findall('[\ud800-\udfff]', 'a\ud800b\U0001F600\ue000'))
print(re.findall(r'[\ud800-\udfff]+', 'a\ud800\udc00b'))
print(re.findall(r'[^\ud800-\udfff]', 'a\ud800b'))
print(re.findall(r'[\ud7ff-\ue000]', 'a\ud7ff\ud800\ue000\U00010000'))
print(re.findall(r'[\ue000-\U0010ffff]', 'a\ud800\ue000\U00010000'))
print(re.findall(r'\udc80', 'x\udc80'), re.sub('\udc80', '?', 'x\udc80y'))
print(re.findall(r'.', '\ud800'), re.findall(r'\W', '\ud800'), re.findall(r'[\x00-\uffff]', 'a\ud800\U00010000'))
print(re.escape('\ud800') == '\ud800')
