def run():
    return "run called"
if __name__ == "__main__":
    print("mainguard as main")
else:
    print("mainguard imported as", __name__)
