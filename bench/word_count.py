"""Dict- and str-heavy word counting over generated text."""

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma "
         "tau upsilon phi chi psi omega").split()

def make_text(n):
    x = 12345
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = WORDS[x % len(WORDS)]
        if x % 7 == 0:
            w = w.upper()
        if x % 11 == 0:
            w = w + str(x % 100)
        out.append(w)
        if i % 13 == 12:
            out.append("\n")
    return " ".join(out)

text = make_text(400000)
counts = {}
for line in text.split("\n"):
    for word in line.split():
        key = word.lower().strip("0123456789")
        counts[key] = counts.get(key, 0) + 1
lengths = {}
for word, n in counts.items():
    lengths[len(word)] = lengths.get(len(word), 0) + n
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top, sorted(lengths.items()))
