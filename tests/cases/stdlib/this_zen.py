import this

print(len(this.s), this.d["a"], this.d["N"], this.c, this.i)
