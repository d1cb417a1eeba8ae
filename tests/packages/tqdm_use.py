import io
from tqdm import tqdm
out = io.StringIO()
print(sum(tqdm(range(100), file=out, disable=False, mininterval=0)), "100%" in out.getvalue())
